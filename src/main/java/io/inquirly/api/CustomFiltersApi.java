package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;

/** Custom filters: saved filters (folders / segments) of the token's user. */
public final class CustomFiltersApi {
  private CustomFiltersApi() {}

  static final String BASE = Admin.ACCOUNT + "/custom_filters";
  static final String[] COLUMNS = {"id", "name", "filter_type", "created_at"};

  static Param id() {
    return Param.path("custom_filter_id", "ID", "the filter's id");
  }

  static Param type() {
    return Param.body("filter_type", "--type", "conversation, contact or report")
        .choices("conversation", "contact", "report").labelled("TYPE");
  }

  static Param query() {
    return Param.body("query", "--query", "the filter as JSON, e.g. {\"payload\":[...]} as sent to "
        + "'conversations filter'").type(Type.JSON).labelled("JSON");
  }

  public static Group group() {
    return Group.named("custom-filters").noun("custom filter")
        .source("app/controllers/api/v1/accounts/custom_filters_controller.rb",
            "app/views/api/v1/accounts/custom_filters/")
        .of(
        op("custom-filters list", "GET", BASE)
            .id("list-all-filters")
            .summary("List your saved filters of one type (conversation by default)")
            .params(Param.query("filter_type", "--type", "conversation, contact or report")
                .choices("conversation", "contact", "report").labelled("TYPE"))
            .list("").columns(COLUMNS)
            .example("inquirly custom-filters list --type conversation"),
        op("custom-filters show", "GET", BASE + "/{custom_filter_id}")
            .id("get-details-of-a-single-custom-filter")
            .summary("Show one saved filter")
            .params(id())
            .one("").columns(COLUMNS)
            .example("inquirly custom-filters show 1"),
        op("custom-filters create", "POST", BASE)
            .id("create-a-custom-filter")
            .summary("Save a filter")
            .params(Param.body("name", "--name", "the folder's name").mandatory(), type().mandatory(),
                query().mandatory())
            .one("").columns(COLUMNS)
            .example("inquirly custom-filters create --name 'Open billing' --type conversation --query "
                + "'{\"payload\":[{\"attribute_key\":\"status\",\"filter_operator\":\"equal_to\","
                + "\"values\":[\"open\"],\"query_operator\":null}]}'"),
        op("custom-filters update", "PATCH", BASE + "/{custom_filter_id}")
            .id("update-a-custom-filter")
            .summary("Change a saved filter")
            .params(id(), Param.body("name", "--name", "new name"), type(), query())
            .one("").columns(COLUMNS)
            .example("inquirly custom-filters update 1 --name 'My open conversations'"),
        op("custom-filters delete", "DELETE", BASE + "/{custom_filter_id}")
            .id("delete-a-custom-filter")
            .summary("Delete saved filters")
            .params(id())
            .batch()
            .example("inquirly custom-filters delete 1 --yes"));
  }
}

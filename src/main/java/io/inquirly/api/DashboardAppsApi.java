package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.inquirly.api.Param.Type;

/** Dashboard apps: web pages shown in a tab of the conversation view (each a frame with a URL). */
public final class DashboardAppsApi {
  private DashboardAppsApi() {}

  public static final OperationRef LIST = OperationRef.of("dashboard-apps list");
  public static final OperationRef CREATE = OperationRef.of("dashboard-apps create");
  public static final OperationRef UPDATE = OperationRef.of("dashboard-apps update");
  public static final OperationRef DELETE = OperationRef.of("dashboard-apps delete");
  public static final OperationRef.Crud CRUD = new OperationRef.Crud(LIST, CREATE, UPDATE, DELETE);

  static final String BASE = Admin.ACCOUNT + "/dashboard_apps";
  static final String[] COLUMNS = {"id", "title", "content.0.url"};

  static Param id() {
    return Param.path("id", "ID", "the dashboard app's id");
  }

  static Param url() {
    return Param.local("urls", "--url", "the page to show, http(s):// (repeatable: several frames)")
        .type(Type.LIST).labelled("URL");
  }

  /** {@code --url A --url B} → {@code content: [{type: frame, url: A}, {type: frame, url: B}]}. */
  static Computed content() {
    return Computed.of("content", values -> {
      if (values.get("urls") == null) {
        return null;
      }
      ArrayNode frames = JsonNodeFactory.instance.arrayNode();
      for (String u : Admin.words(values.get("urls"))) {
        frames.addObject().put("type", "frame").put("url", u);
      }
      return frames;
    });
  }

  public static Group group() {
    return Group.named("dashboard-apps").noun("dashboard app")
        .source("app/controllers/api/v1/accounts/dashboard_apps_controller.rb",
            "app/views/api/v1/accounts/dashboard_apps/", "app/views/api/v1/models/_dashboard_app.json.jbuilder",
            "app/models/dashboard_app.rb")
        .of(
        op(LIST, "GET", BASE)
            .summary("List the account's dashboard apps")
            .list("").columns(COLUMNS)
            .example("inquirly dashboard-apps list"),
        op("dashboard-apps show", "GET", BASE + "/{id}")
            .summary("Show one dashboard app")
            .params(id())
            .one("").columns(COLUMNS)
            .example("inquirly dashboard-apps show 1"),
        op(CREATE, "POST", BASE)
            .summary("Add a dashboard app (a page agents see beside a conversation)")
            .params(Param.body("title", "--title", "the tab's title").mandatory().labelled("TEXT"),
                url().mandatory())
            .computed(content())
            .one("").columns(COLUMNS)
            .example("inquirly dashboard-apps create --title 'Order history' --url https://crm.example.com/orders"),
        op(UPDATE, "PATCH", BASE + "/{id}")
            .summary("Change a dashboard app (--url replaces all its frames)")
            .params(id(), Param.body("title", "--title", "new title").labelled("TEXT"), url())
            .computed(content())
            .one("").columns(COLUMNS)
            .example("inquirly dashboard-apps update 1 --title 'Orders'"),
        op(DELETE, "DELETE", BASE + "/{id}")
            .summary("Delete dashboard apps")
            .params(id())
            .batch()
            .example("inquirly dashboard-apps delete 1 --yes"));
  }
}

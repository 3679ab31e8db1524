package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;

/** Labels: the account's tags for conversations and contacts. */
public final class LabelsApi {
  private LabelsApi() {}

  public static final OperationRef LIST = OperationRef.of("labels list");
  public static final OperationRef CREATE = OperationRef.of("labels create");
  public static final OperationRef UPDATE = OperationRef.of("labels update");
  public static final OperationRef DELETE = OperationRef.of("labels delete");
  public static final OperationRef.Crud CRUD = new OperationRef.Crud(LIST, CREATE, UPDATE, DELETE);

  static final String BASE = Admin.ACCOUNT + "/labels";
  static final String[] COLUMNS = {"id", "title", "description", "color", "show_on_sidebar"};

  static Param labelId() {
    return Param.path("id", "ID", "the label's id");
  }

  static Param[] fields() {
    return new Param[] {
      Param.body("description", "--description", "what the label means").labelled("TEXT"),
      Param.body("color", "--color", "colour as #RRGGBB"),
      Param.body("show_on_sidebar", "--sidebar", "show the label in the web app's sidebar").type(Type.BOOLEAN),
    };
  }

  public static Group group() {
    return Group.named("labels").noun("label")
        .source("app/controllers/api/v1/accounts/labels_controller.rb", "app/views/api/v1/accounts/labels/")
        .of(
        op(LIST, "GET", BASE)
            .id("list-all-labels")
            .summary("List the account's labels")
            .list("payload").columns(COLUMNS)
            .example("inquirly labels list"),
        op("labels show", "GET", BASE + "/{id}")
            .id("get-details-of-a-single-label")
            .summary("Show one label")
            .params(labelId())
            .one("").columns(COLUMNS)
            .example("inquirly labels show 1"),
        op(CREATE, "POST", BASE)
            .id("create-a-label")
            .summary("Create a label (administrators; titles are unique, lower-case letters, digits, - and _)")
            .params(Param.body("title", "--title", "the label's name, e.g. billing").mandatory().labelled("NAME"))
            .params(fields())
            .one("").columns(COLUMNS)
            .example("inquirly labels create --title billing --color '#FF0000' --description 'Invoices'"),
        op(UPDATE, "PATCH", BASE + "/{id}")
            .id("update-a-label")
            .summary("Change a label (administrators)")
            .params(labelId(), Param.body("title", "--title", "new name").labelled("NAME"))
            .params(fields())
            .one("").columns(COLUMNS)
            .example("inquirly labels update 1 --color '#00AA00'"),
        op(DELETE, "DELETE", BASE + "/{id}")
            .id("delete-a-label")
            .summary("Delete labels (administrators)")
            .params(labelId())
            .batch()
            .example("inquirly labels delete 1 --yes"));
  }
}

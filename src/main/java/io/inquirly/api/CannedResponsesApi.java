package io.inquirly.api;

import static io.inquirly.api.Operation.op;

/** Canned responses: saved replies agents insert with /short_code. */
public final class CannedResponsesApi {
  private CannedResponsesApi() {}

  public static final OperationRef LIST = OperationRef.of("canned-responses list");
  public static final OperationRef CREATE = OperationRef.of("canned-responses create");
  public static final OperationRef UPDATE = OperationRef.of("canned-responses update");
  public static final OperationRef DELETE = OperationRef.of("canned-responses delete");
  public static final OperationRef.Crud CRUD = new OperationRef.Crud(LIST, CREATE, UPDATE, DELETE);

  static final String BASE = Admin.ACCOUNT + "/canned_responses";
  static final String[] COLUMNS = {"id", "short_code", "content"};

  public static Group group() {
    return Group.named("canned-responses").noun("canned response")
        .source("app/controllers/api/v1/accounts/canned_responses_controller.rb")
        .of(
        op(LIST, "GET", BASE)
            .id("get-account-canned-response")
            .summary("List canned responses (--search matches short code and content)")
            .params(Param.query("search", "--search", "only responses containing this text").labelled("TEXT"))
            .list("").columns(COLUMNS)
            .example("inquirly canned-responses list"),
        op(CREATE, "POST", BASE)
            .id("add-new-canned-response-to-account")
            .summary("Create a canned response (short codes are unique)")
            .params(Param.body("short_code", "--short-code", "what agents type after /").mandatory().labelled("CODE"),
                Param.body("content", "--content", "the reply text").mandatory().labelled("TEXT"))
            .one("").columns(COLUMNS)
            .example("inquirly canned-responses create --short-code thanks --content 'Thanks for reaching out!'"),
        op(UPDATE, "PATCH", BASE + "/{id}")
            .id("update-canned-response-in-account")
            .summary("Change a canned response")
            .params(Param.path("id", "ID", "the canned response's id"),
                Param.body("short_code", "--short-code", "new short code").labelled("CODE"),
                Param.body("content", "--content", "new text").labelled("TEXT"))
            .one("").columns(COLUMNS)
            .example("inquirly canned-responses update 1 --content 'Hi! How can we help?'"),
        op(DELETE, "DELETE", BASE + "/{id}")
            .id("delete-canned-response-from-account")
            .summary("Delete canned responses")
            .params(Param.path("id", "ID", "the canned response's id"))
            .batch()
            .example("inquirly canned-responses delete 1 --yes"));
  }
}

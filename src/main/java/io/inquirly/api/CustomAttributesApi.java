package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import io.inquirly.api.Param.Type;
import java.util.List;

/** Custom attribute definitions: typed extra fields on contacts and conversations. */
public final class CustomAttributesApi {
  private CustomAttributesApi() {}

  public static final OperationRef CREATE = OperationRef.of("custom-attributes create");
  public static final OperationRef DELETE = OperationRef.of("custom-attributes delete");
  public static final OperationRef LIST = OperationRef.of("custom-attributes list");
  public static final OperationRef UPDATE = OperationRef.of("custom-attributes update");

  static final String BASE = Admin.ACCOUNT + "/custom_attribute_definitions";
  static final String[] COLUMNS = {"id", "attribute_key", "attribute_display_name", "attribute_display_type",
      "attribute_model"};
  /** NOTES §7.9: attribute_model conversation_attribute(0) / contact_attribute(1). */
  static final List<String> MODELS = List.of("conversation", "contact");
  /** NOTES §7.9: attribute_display_type codes. */
  static final List<String> TYPES = List.of("text", "number", "currency", "percent", "link", "date", "list",
      "checkbox");

  static Param id() {
    return Param.path("id", "ID", "the definition's id");
  }

  static Param[] fields() {
    return new Param[] {
      Param.body("attribute_display_name", "--name", "name shown in the web app").labelled("NAME"),
      Param.body("attribute_description", "--description", "help text").labelled("TEXT"),
      Param.body("attribute_values", "--value", "allowed values of a list attribute (repeatable)")
          .type(Type.LIST).labelled("VALUE"),
      Param.body("regex_pattern", "--regex", "values must match this pattern").labelled("REGEX"),
      Param.body("regex_cue", "--regex-cue", "hint shown when a value does not match").labelled("TEXT"),
    };
  }

  public static Group group() {
    return Group.named("custom-attributes").noun("custom attribute")
        .source("app/controllers/api/v1/accounts/custom_attribute_definitions_controller.rb",
            "app/views/api/v1/accounts/custom_attribute_definitions/", "app/models/custom_attribute_definition.rb")
        .of(
        op(LIST, "GET", BASE)
            .id("get-account-custom-attribute")
            .summary("List custom attribute definitions (all models unless --model)")
            .params(Param.query("attribute_model", "--model", "contact or conversation").labelled("MODEL")
                .convert(t -> String.valueOf(Admin.code("--model", MODELS).apply(t))))
            .list("").columns(COLUMNS)
            .example("inquirly custom-attributes list --model contact"),
        op("custom-attributes show", "GET", BASE + "/{id}")
            .id("get-details-of-a-single-custom-attribute")
            .summary("Show one custom attribute definition")
            .params(id())
            .one("").columns(COLUMNS)
            .example("inquirly custom-attributes show 1"),
        op(CREATE, "POST", BASE)
            .id("add-new-custom-attribute-to-account")
            .summary("Define a custom attribute (administrators)")
            .description("Types: " + String.join(", ", TYPES) + ". The key must be unique per model, use letters, "
                + "digits, _ . - only, and not clash with a standard attribute (name, email, ...).")
            .params(
                Param.body("attribute_model", "--model", "contact or conversation").mandatory().labelled("MODEL")
                    .convert(Admin.code("--model", MODELS)),
                Param.body("attribute_key", "--key", "the key used in custom_attributes").mandatory()
                    .labelled("KEY"),
                Param.body("attribute_display_type", "--type", String.join(", ", TYPES)).mandatory()
                    .labelled("TYPE").convert(Admin.code("--type", TYPES)))
            .params(fields())
            .one("").columns(COLUMNS)
            .example("inquirly custom-attributes create --model contact --key plan_tier --type list "
                + "--name 'Plan tier' --value free --value pro"),
        op(UPDATE, "PATCH", BASE + "/{id}")
            .id("update-custom-attribute-in-account")
            .summary("Change a custom attribute definition (administrators)")
            .params(id(),
                Param.body("attribute_display_type", "--type", String.join(", ", TYPES)).labelled("TYPE")
                    .convert(Admin.code("--type", TYPES)))
            .params(fields())
            .one("").columns(COLUMNS)
            .example("inquirly custom-attributes update 1 --name 'Customer plan'"),
        op(DELETE, "DELETE", BASE + "/{id}")
            .id("delete-custom-attribute-from-account")
            .summary("Delete custom attribute definitions (administrators; stored values stay on records)")
            .params(id())
            .batch()
            .example("inquirly custom-attributes delete 1 --yes"));
  }
}

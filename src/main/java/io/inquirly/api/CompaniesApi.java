package io.inquirly.api;

import static io.inquirly.api.Operation.op;

/**
 * Companies: the Enterprise CRM records contacts belong to. The routes are in chatwoot-4.10/config/routes.rb
 * ({@code resources :companies} with {@code search}); the controller and views are Enterprise files
 * (enterprise/app/controllers/api/v1/accounts/companies_controller.rb, public Chatwoot repository), which the
 * reference copy does not hold. A Community server answers 404.
 */
public final class CompaniesApi {
  private CompaniesApi() {}

  static final String BASE = Admin.ACCOUNT + "/companies";
  static final String[] COLUMNS = {"id", "name", "domain", "contacts_count"};

  static Param id() {
    return Param.path("id", "ID", "the company's id");
  }

  static Param[] fields() {
    return new Param[] {
      Param.body("company.domain", "--domain", "the company's web domain, e.g. acme.test").labelled("DOMAIN"),
      Param.body("company.description", "--description", "what the company is").labelled("TEXT"),
    };
  }

  public static Group group() {
    return Group.named("companies").noun("company").enterprise("companies")
        .source("config/routes.rb", "enterprise/app/controllers/api/v1/accounts/companies_controller.rb",
            "enterprise/app/views/api/v1/accounts/companies/")
        .of(
        op("companies list", "GET", BASE)
            .summary("List the account's companies (Enterprise; 25 a page)")
            .params(Param.query("sort", "--sort", "name, domain or created_at; a leading - sorts descending")
                .labelled("FIELD"))
            .list("payload").paged().columns(COLUMNS)
            .example("inquirly companies list"),
        op("companies search", "GET", BASE + "/search")
            .summary("Find companies whose name or domain contains the text (Enterprise)")
            .params(Param.query("q", null, "the text to look for").mandatory().labelled("QUERY"))
            .list("payload").paged().columns(COLUMNS)
            .example("inquirly companies search acme"),
        op("companies show", "GET", BASE + "/{id}")
            .summary("Show a company")
            .params(id())
            .one("payload").columns(COLUMNS)
            .example("inquirly companies show 1"),
        op("companies create", "POST", BASE)
            .summary("Add a company")
            .params(Param.body("company.name", "--name", "the company's name").mandatory())
            .params(fields())
            .one("payload").columns(COLUMNS)
            .example("inquirly companies create --name 'Globex' --domain globex.test"),
        op("companies update", "PATCH", BASE + "/{id}")
            .summary("Change a company")
            .params(id(), Param.body("company.name", "--name", "new name"))
            .params(fields())
            .one("payload").columns(COLUMNS)
            .example("inquirly companies update 1 --description 'Rocket parts'"),
        op("companies delete", "DELETE", BASE + "/{id}")
            .summary("Delete companies (administrators)")
            .params(id())
            .batch()
            .example("inquirly companies delete 1 --yes"));
  }
}

package io.inquirly.api;

import static io.inquirly.api.Operation.op;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.Param.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Campaigns: messages a website widget shows visitors (ongoing, with trigger rules) or an SMS/WhatsApp inbox
 * sends once to a labelled audience (one-off, at {@code scheduled_at}). Ids are the account's campaign display
 * ids, as the server's routes take them.
 */
public final class CampaignsApi {
  private CampaignsApi() {}

  public static final OperationRef LIST = OperationRef.of("campaigns list");
  public static final OperationRef CREATE = OperationRef.of("campaigns create");
  public static final OperationRef UPDATE = OperationRef.of("campaigns update");
  public static final OperationRef DELETE = OperationRef.of("campaigns delete");
  public static final OperationRef.Crud CRUD = new OperationRef.Crud(LIST, CREATE, UPDATE, DELETE);

  static final String BASE = Admin.ACCOUNT + "/campaigns";
  static final String[] COLUMNS = {"id", "title", "inbox.name", "campaign_type", "campaign_status", "enabled"};

  static Param id() {
    return Param.path("id", "ID", "the campaign's id (its number in the account)");
  }

  static Param[] fields() {
    return new Param[] {
      Param.body("description", "--description", "a note for the team").labelled("TEXT"),
      Param.body("sender_id", "--sender", "the agent shown as sender (none: the inbox)").integer().labelled("ID"),
      Param.body("enabled", "--enabled", "whether the campaign runs").type(Type.BOOLEAN),
      Param.body("trigger_only_during_business_hours", "--business-hours-only",
          "ongoing campaigns: only inside the inbox's working hours").type(Type.BOOLEAN),
      Param.body("trigger_rules.url", "--url", "ongoing campaigns: the page URL that triggers it (http(s)://)")
          .labelled("URL"),
      Param.body("trigger_rules.time_on_page", "--time-on-page",
          "ongoing campaigns: seconds on the page before it shows").integer().labelled("SECONDS"),
      Param.body("scheduled_at", "--scheduled-at", "one-off campaigns: when to send (ISO-8601 time)")
          .labelled("TIME").convert(CampaignsApi::isoTime),
      Param.local("label_ids", "--audience-label", "one-off campaigns: send to contacts with this label id"
          + " (repeatable or comma-separated)").type(Type.LIST).labelled("ID"),
    };
  }

  /** {@code --audience-label 3,4} → {@code audience: [{type: Label, id: 3}, {type: Label, id: 4}]}. */
  static Computed audience() {
    return Computed.of("audience", values -> {
      if (values.get("label_ids") == null) {
        return null;
      }
      ArrayNode audience = JsonNodeFactory.instance.arrayNode();
      for (String w : Admin.words(values.get("label_ids"))) {
        if (!w.matches("\\d{1,18}")) {
          throw new InvalidInput("invalid label id '" + w + "' in --audience-label",
              "give label ids (whole numbers); 'inquirly labels list' shows them");
        }
        ObjectNode item = audience.addObject();
        item.put("type", "Label");
        item.put("id", Long.parseLong(w));
      }
      return audience;
    });
  }

  static Object isoTime(String text) {
    try {
      return Instant.parse(text).toString();
    } catch (DateTimeParseException e) {
      throw new InvalidInput("invalid time '" + text + "' for --scheduled-at", "write it as 2026-12-24T09:00:00Z");
    }
  }

  public static Group group() {
    return Group.named("campaigns").noun("campaign")
        .source("app/controllers/api/v1/accounts/campaigns_controller.rb", "app/views/api/v1/accounts/campaigns/",
            "app/views/api/v1/models/_campaign.json.jbuilder", "app/models/campaign.rb",
            "app/policies/campaign_policy.rb")
        .of(
        op(LIST, "GET", BASE)
            .summary("List the account's campaigns (administrators)")
            .list("").columns(COLUMNS)
            .example("inquirly campaigns list"),
        op("campaigns show", "GET", BASE + "/{id}")
            .summary("Show one campaign")
            .params(id())
            .one("").columns(COLUMNS)
            .example("inquirly campaigns show 1"),
        op(CREATE, "POST", BASE)
            .summary("Create a campaign on a website, SMS or WhatsApp inbox (administrators)")
            .description("A website inbox makes an ongoing campaign (shown to visitors of --url after"
                + " --time-on-page seconds); an SMS or WhatsApp inbox makes a one-off campaign sent at"
                + " --scheduled-at to the contacts of --audience-label.")
            .params(Param.body("title", "--title", "the campaign's name").mandatory().labelled("TEXT"),
                Param.body("message", "--message", "what the campaign says").mandatory().labelled("TEXT"),
                Param.body("inbox_id", "--inbox", "the inbox it runs in (id or name)").mandatory().integer()
                    .labelled("INBOX"))
            .params(fields())
            .computed(audience())
            .one("").columns(COLUMNS)
            .example("inquirly campaigns create --title 'Pricing help' --message 'Questions about plans?'"
                + " --inbox Website --url https://www.acme.test/pricing --time-on-page 10 --enabled"),
        op(UPDATE, "PATCH", BASE + "/{id}")
            .summary("Change a campaign (a completed one-off campaign cannot change)")
            .params(id(), Param.body("title", "--title", "new name").labelled("TEXT"),
                Param.body("message", "--message", "new text").labelled("TEXT"))
            .params(fields())
            .computed(audience())
            .one("").columns(COLUMNS)
            .example("inquirly campaigns update 1 --enabled=false"),
        op(DELETE, "DELETE", BASE + "/{id}")
            .summary("Delete campaigns (administrators)")
            .params(id())
            .batch()
            .example("inquirly campaigns delete 1 --yes"));
  }
}

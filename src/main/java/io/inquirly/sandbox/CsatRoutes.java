package io.inquirly.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * CSAT: the public survey of a conversation ({@code /public/api/v1/csat_survey/{uuid}}, no token; the
 * conversation's input_csat message) and the account's responses ({@code csat_survey_responses}, administrators).
 * Reference: chatwoot-4.10/app/controllers/public/api/v1/csat_survey_controller.rb,
 * app/controllers/api/v1/accounts/csat_survey_responses_controller.rb, app/builders/csat_surveys/response_builder.rb
 * and their views.
 */
final class CsatRoutes {
  private static final String RESPONSES = Admin.A + "/csat_survey_responses";
  private static final String SURVEY = "/public/api/v1/csat_survey/{id}";
  static final int RESULTS_PER_PAGE = 25;
  static final long LOCK_DAYS = 14;

  private CsatRoutes() {}

  static void register(Router r) {
    r.add("GET", SURVEY, Router.Guard.PUBLIC, CsatRoutes::showSurvey);
    r.add("PUT", SURVEY, Router.Guard.PUBLIC, CsatRoutes::updateSurvey);
    r.add("PATCH", SURVEY, Router.Guard.PUBLIC, CsatRoutes::updateSurvey);
    r.app("GET", RESPONSES, CsatRoutes::list);
    r.app("GET", RESPONSES + "/metrics", CsatRoutes::metrics);
  }

  private record Survey(Store.Account account, Store.Conversation conversation, Store.Message message) {}

  /** Conversation.find_by!(uuid:), then its input_csat message (find_by!): 404 when either is missing. */
  private static Survey survey(Call call) {
    String uuid = call.path("id");
    for (Store.Account account : call.store().accounts.values()) {
      for (Store.Conversation c : account.conversations.values()) {
        if (c.uuid.equals(uuid)) {
          for (Store.Message m : c.messages) {
            if ("input_csat".equals(m.contentType)) {
              return new Survey(account, c, m);
            }
          }
          throw ApiError.notFound();
        }
      }
    }
    throw ApiError.notFound();
  }

  static Response showSurvey(Call call) {
    return Response.ok(surveyView(call.store(), survey(call)));
  }

  /**
   * {@code message[submitted_values][csat_survey_response][rating|feedback_message]} into the message's
   * content_attributes; a rating creates or updates the response. Locked 14 days after the survey was sent (422).
   */
  static Response updateSurvey(Call call) {
    Survey s = survey(call);
    if ((Store.now() - s.message().createdAt) / 86400 > LOCK_DAYS) {
      throw ApiError.unprocessable("You cannot update the CSAT survey after 14 days");
    }
    JsonNode values = call.request().body().path("message").path("submitted_values");
    if (values.isObject()) {
      ObjectNode submitted = Json.object();
      for (String key : new String[] {"name", "title", "value"}) {
        if (values.has(key)) {
          submitted.set(key, values.get(key));
        }
      }
      JsonNode given = values.path("csat_survey_response");
      if (given.isObject()) {
        ObjectNode response = submitted.putObject("csat_survey_response");
        for (String key : new String[] {"feedback_message", "rating"}) {
          if (given.has(key)) {
            response.set(key, given.get(key));
          }
        }
      }
      s.message().contentAttributes.set("submitted_values", submitted);
      record(call.store(), s, submitted.path("csat_survey_response"));
    }
    return Response.ok(surveyView(call.store(), s));
  }

  /** CsatSurveys::ResponseBuilder: nothing without a rating; rating must be 1-5 (422 otherwise). */
  private static void record(Store store, Survey s, JsonNode given) {
    JsonNode rating = given.path("rating");
    if (rating.isMissingNode() || rating.isNull() || rating.asText().isBlank()) {
      return;
    }
    int value = rating.canConvertToInt() ? rating.asInt() : Ids.rubyToI(rating.asText()) > 0
        ? (int) Ids.rubyToI(rating.asText()) : 0;
    if (value < 1 || value > 5) {
      throw ApiError.invalid(List.of("Rating is not included in the list"), List.of("rating"));
    }
    Store.CsatResponse response = responseOf(s.account(), s.message().id);
    if (response == null) {
      response = new Store.CsatResponse(store.nextId("csat_survey_responses"), s.message(), s.conversation(),
          Store.now());
      s.account().csatResponses.put(response.id, response);
    }
    response.rating = value;
    response.feedbackMessage = given.path("feedback_message").isTextual()
        ? given.get("feedback_message").asText() : null;
    response.updatedAt = Store.now();
  }

  static Store.CsatResponse responseOf(Store.Account account, long messageId) {
    for (Store.CsatResponse r : account.csatResponses.values()) {
      if (r.messageId == messageId) {
        return r;
      }
    }
    return null;
  }

  /** public/api/v1/models/_csat_survey.json.jbuilder; csat_survey_response is the model's raw JSON (or null). */
  static ObjectNode surveyView(Store store, Survey s) {
    ObjectNode o = Json.object();
    o.put("id", s.message().id);
    Store.CsatResponse r = responseOf(s.account(), s.message().id);
    if (r == null) {
      o.putNull("csat_survey_response");
    } else {
      ObjectNode raw = o.putObject("csat_survey_response");
      raw.put("id", r.id);
      raw.put("account_id", r.accountId);
      raw.put("conversation_id", r.conversationId);
      raw.put("message_id", r.messageId);
      raw.put("rating", r.rating);
      raw.put("feedback_message", r.feedbackMessage);
      raw.put("contact_id", r.contactId);
      if (r.assignedAgentId == null) {
        raw.putNull("assigned_agent_id");
      } else {
        raw.put("assigned_agent_id", r.assignedAgentId);
      }
      raw.putNull("csat_review_notes");
      raw.putNull("review_notes_updated_at");
      raw.putNull("review_notes_updated_by_id");
      raw.put("created_at", PlatformRoutes.iso(r.createdAt));
      raw.put("updated_at", PlatformRoutes.iso(r.updatedAt));
    }
    Store.Inbox inbox = s.account().inboxes.get(s.conversation().inboxId);
    o.put("display_type", "emoji");
    o.putNull("content");
    o.put("inbox_avatar_url", "");
    o.put("inbox_name", inbox == null ? null : inbox.name);
    o.put("locale", "en");
    o.put("conversation_id", s.conversation().id);
    o.put("created_at", PlatformRoutes.iso(s.message().createdAt));
    return o;
  }

  /** since/until (epoch seconds, both or neither), user_ids[], inbox_id, team_id, rating[]. */
  static List<Store.CsatResponse> filtered(Call call) {
    call.requireAdministrator();
    Request q = call.request();
    Store.Account account = call.account();
    Predicate<Store.CsatResponse> keep = r -> true;
    String since = q.query("since");
    String until = q.query("until");
    if (since != null && !since.isBlank() && until != null && !until.isBlank()) {
      long from = Ids.rubyToI(since);
      long to = Ids.rubyToI(until);
      keep = keep.and(r -> r.createdAt >= from && r.createdAt < to);
    }
    List<String> users = q.queryList("user_ids");
    if (!users.isEmpty()) {
      Set<Long> ids = new java.util.HashSet<>();
      users.forEach(u -> ids.add(Ids.rubyToI(u)));
      keep = keep.and(r -> r.assignedAgentId != null && ids.contains(r.assignedAgentId));
    }
    String inbox = q.query("inbox_id");
    if (inbox != null && !inbox.isBlank()) {
      long id = Ids.rubyToI(inbox);
      keep = keep.and(r -> conversation(account, r) != null && conversation(account, r).inboxId == id);
    }
    String team = q.query("team_id");
    if (team != null && !team.isBlank()) {
      long id = Ids.rubyToI(team);
      keep = keep.and(r -> conversation(account, r) != null && Long.valueOf(id).equals(conversation(account, r).teamId));
    }
    List<String> ratings = q.queryList("rating");
    if (!ratings.isEmpty()) {
      Set<Long> values = new java.util.HashSet<>();
      ratings.forEach(v -> values.add(Ids.rubyToI(v)));
      keep = keep.and(r -> values.contains((long) r.rating));
    }
    List<Store.CsatResponse> out = new ArrayList<>(account.csatResponses.values().stream().filter(keep).toList());
    String sort = q.query("sort");
    if ("created_at".equals(sort)) {
      out.sort(Comparator.comparingLong((Store.CsatResponse r) -> r.createdAt).thenComparingLong(r -> r.id));
    } else if ("-created_at".equals(sort)) {
      out.sort(Comparator.comparingLong((Store.CsatResponse r) -> r.createdAt).thenComparingLong(r -> r.id)
          .reversed());
    }
    return out;
  }

  private static Store.Conversation conversation(Store.Account account, Store.CsatResponse r) {
    return account.conversations.get(r.conversationDisplayId);
  }

  /** api/v1/models/_csat_survey_response. */
  static ObjectNode view(Call call, Store.CsatResponse r) {
    Store.Account account = call.account();
    ObjectNode o = Json.object();
    o.put("id", r.id);
    o.put("rating", r.rating);
    o.put("feedback_message", r.feedbackMessage);
    o.put("csat_review_notes", r.reviewNotes);
    if (r.reviewNotesUpdatedAt == null) {
      o.putNull("review_notes_updated_at");
    } else {
      o.put("review_notes_updated_at", r.reviewNotesUpdatedAt);
    }
    if (r.reviewNotesUpdatedBy != null && call.store().users.containsKey(r.reviewNotesUpdatedBy)) {
      ObjectNode by = o.putObject("review_notes_updated_by");
      by.put("id", r.reviewNotesUpdatedBy);
      by.put("name", call.store().users.get(r.reviewNotesUpdatedBy).name);
    }
    o.put("account_id", r.accountId);
    o.put("message_id", r.messageId);
    Store.Contact contact = account.contacts.get(r.contactId);
    if (contact != null) {
      o.set("contact", Views.contact(contact, account, false));
    }
    o.put("conversation_id", r.conversationDisplayId);
    if (r.assignedAgentId != null && call.store().users.containsKey(r.assignedAgentId)) {
      o.set("assigned_agent", ConversationViews.agent(call.store().users.get(r.assignedAgentId),
          account.members.get(r.assignedAgentId)));
    }
    o.put("created_at", r.createdAt);
    return o;
  }

  /** A bare array of api/v1/models/_csat_survey_response, 25 a page. */
  static Response list(Call call) {
    List<Store.CsatResponse> all = filtered(call);
    int page = Ids.page(call.request().query("page"));
    int from = (int) Math.min((long) (page - 1) * RESULTS_PER_PAGE, all.size());
    int to = Math.min(from + RESULTS_PER_PAGE, all.size());
    ArrayNode out = Json.array();
    for (Store.CsatResponse r : all.subList(from, to)) {
      out.add(view(call, r));
    }
    return Response.ok(out);
  }

  /** {total_count, ratings_count: {"5": n, ...}, total_sent_messages_count} (input_csat messages in the range). */
  static Response metrics(Call call) {
    List<Store.CsatResponse> all = filtered(call);
    ObjectNode o = Json.object();
    o.put("total_count", all.size());
    TreeMap<Integer, Long> counts = new TreeMap<>();
    all.forEach(r -> counts.merge(r.rating, 1L, Long::sum));
    ObjectNode ratings = o.putObject("ratings_count");
    counts.forEach((k, v) -> ratings.put(String.valueOf(k), v));
    Request q = call.request();
    String since = q.query("since");
    String until = q.query("until");
    boolean ranged = since != null && !since.isBlank() && until != null && !until.isBlank();
    long sent = 0;
    for (Store.Conversation c : call.account().conversations.values()) {
      for (Store.Message m : c.messages) {
        if ("input_csat".equals(m.contentType)
            && (!ranged || m.createdAt >= Ids.rubyToI(since) && m.createdAt < Ids.rubyToI(until))) {
          sent++;
        }
      }
    }
    o.put("total_sent_messages_count", sent);
    return Response.ok(o);
  }
}

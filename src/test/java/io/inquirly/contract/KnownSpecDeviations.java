package io.inquirly.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The one place where the contract test departs from {@code openapi.json}, each case with the reason,
 * citing {@code shared/api/NOTES.md} ("how the Inquirly server really behaves"). Nothing is tolerated
 * unless NOTES.md backs it.
 *
 * <p>Three tables:
 * <ul>
 *   <li>{@link #IGNORED_SPEC_PATHS}: spec path keys that are not real routes and are never matched;
 *   <li>{@link #EXTRA_OPERATIONS}: real routes missing from the spec (validated for path-parameter types,
 *       auth and content type only: there is no schema for their bodies);
 *   <li>{@link #TOLERATED}: specific violations of specific operations that a correct request produces.
 * </ul>
 * Plus {@link #stricterThanSpec}: spec-valid requests that NOTES.md says the server rejects.
 *
 * <p>Checked and needing no entry: agents {@code availability} (NOTES §7.5) passes because the agent
 * schemas do not forbid extra properties; public-API {@code identifier_hash} (NOTES §1) is in
 * {@code public_contact_create_update_payload}; contact list {@code labels[]} / {@code include_contact_inboxes}
 * and conversation list {@code sort_by} / {@code updated_within} (NOTES §5) are undeclared query
 * parameters, which are allowed; so is platform {@code DELETE accounts/{id}/account_users?user_id=} (NOTES §3:
 * user_id in the body or query; the spec declares neither). Public {@code toggle_typing} sends
 * {@code typing_status} both as the query parameter and in the body the spec requires.
 */
final class KnownSpecDeviations {

  private KnownSpecDeviations() {}

  private static final String A = "/api/v1/accounts/{account_id}";
  private static final String CONV = A + "/conversations/{conversation_id}";
  private static final String JSON = "application/json";
  private static final String MULTIPART = "multipart/form-data";

  /** Spec path keys that are not routes (never matched against requests). */
  static final Map<String, String> IGNORED_SPEC_PATHS = Map.of(
      "/accounts/{account_id}/conversations/{conversation_id}/messages",
      "NOTES §7.15: bogus duplicate path without /api/v1 and without security; ignore it",
      "/api/v2/accounts/{account_id}/reports/conversations/",
      "NOTES §7.15: trailing-slash key only separates 'Agent Conversation Metrics'; the real call is"
          + " GET …/reports/conversations?type=agent (see TOLERATED)");

  /**
   * A real route absent from the spec.
   *
   * @param contentTypes request media types allowed for a body; empty = no body expected (any is ignored)
   */
  record ExtraOperation(String method, String template, List<String> contentTypes, String reason) {}

  static final List<ExtraOperation> EXTRA_OPERATIONS = List.of(
      new ExtraOperation("POST", A + "/contacts/import", List.of(MULTIPART),
          "NOTES §6: route exists (config/routes.rb) but is not in the spec; multipart import_file=<csv>"),
      new ExtraOperation("POST", A + "/contacts/export", List.of(JSON),
          "NOTES §6/§7.11: contacts export route exists but is not in the spec (column_names[], payload/label)"),
      new ExtraOperation("GET", A + "/contacts/active", List.of(),
          "NOTES §7.11: contacts `active` route exists but is not in the spec"),
      new ExtraOperation("POST", A + "/contacts/{id}/destroy_custom_attributes", List.of(JSON),
          "NOTES §7.11: contacts destroy_custom_attributes route exists but is not in the spec"),
      new ExtraOperation("DELETE", A + "/contacts/{id}/avatar", List.of(),
          "NOTES §7.11: DELETE contacts/{id}/avatar exists but is not in the spec"),
      new ExtraOperation("GET", A + "/contacts/{id}/notes", List.of(),
          "NOTES §7.11: contact notes routes exist but are not in the spec"),
      new ExtraOperation("POST", A + "/contacts/{id}/notes", List.of(JSON),
          "NOTES §7.11: contact notes routes exist but are not in the spec"),
      new ExtraOperation("PATCH", A + "/contacts/{id}/notes/{note_id}", List.of(JSON),
          "NOTES §7.11: contact notes routes exist but are not in the spec"),
      new ExtraOperation("DELETE", A + "/contacts/{id}/notes/{note_id}", List.of(),
          "NOTES §7.11: contact notes routes exist but are not in the spec"),
      new ExtraOperation("DELETE", CONV, List.of(),
          "NOTES §7.11: DELETE conversations/{id} exists but is not in the spec"),
      new ExtraOperation("GET", A + "/conversations/search", List.of(),
          "NOTES §7.11: GET conversations/search exists but is not in the spec"),
      new ExtraOperation("POST", CONV + "/mute", List.of(JSON),
          "NOTES §7.11: POST conversations/{id}/mute exists but is not in the spec"),
      new ExtraOperation("POST", CONV + "/unmute", List.of(JSON),
          "NOTES §7.11: POST conversations/{id}/unmute exists but is not in the spec"),
      new ExtraOperation("POST", CONV + "/transcript", List.of(JSON),
          "NOTES §7.11: POST conversations/{id}/transcript exists but is not in the spec"),
      new ExtraOperation("POST", CONV + "/unread", List.of(JSON),
          "NOTES §7.11: POST conversations/{id}/unread exists but is not in the spec"),
      new ExtraOperation("POST", CONV + "/update_last_seen", List.of(JSON),
          "NOTES §7.11: POST conversations/{id}/update_last_seen exists but is not in the spec"),
      new ExtraOperation("GET", CONV + "/attachments", List.of(),
          "NOTES §7.11: GET conversations/{id}/attachments exists but is not in the spec"),
      new ExtraOperation("PATCH", CONV + "/messages/{message_id}", List.of(JSON),
          "NOTES §7.11: PATCH …/messages/{id} (message status update, API inboxes only) is not in the spec"),
      new ExtraOperation("POST", A + "/bulk_actions", List.of(JSON),
          "NOTES §7.11: bulk_actions route exists but is not in the spec"),
      new ExtraOperation("POST", A + "/agents/bulk_create", List.of(JSON),
          "NOTES §7.11: agents/bulk_create exists but is not in the spec"),
      new ExtraOperation("GET", "/platform/api/v1/accounts", List.of(),
          "NOTES §7.11: Platform GET /platform/api/v1/accounts (index) exists but is not in the spec"),
      new ExtraOperation("POST", "/platform/api/v1/users/{id}/token", List.of(JSON),
          "NOTES §7.11: Platform POST users/{id}/token exists but is not in the spec"),
      new ExtraOperation("GET", "/api/v2/accounts/{account_id}/reports/agents", List.of(),
          "NOTES §7.11: v2 reports add agents|inboxes|labels|teams|conversations_summary"),
      new ExtraOperation("GET", "/api/v2/accounts/{account_id}/reports/inboxes", List.of(),
          "NOTES §7.11: v2 reports add agents|inboxes|labels|teams|conversations_summary"),
      new ExtraOperation("GET", "/api/v2/accounts/{account_id}/reports/labels", List.of(),
          "NOTES §7.11: v2 reports add agents|inboxes|labels|teams|conversations_summary"),
      new ExtraOperation("GET", "/api/v2/accounts/{account_id}/reports/teams", List.of(),
          "NOTES §7.11: v2 reports add agents|inboxes|labels|teams|conversations_summary"),
      new ExtraOperation("GET", "/api/v2/accounts/{account_id}/reports/conversations_summary", List.of(),
          "NOTES §7.11: v2 reports add agents|inboxes|labels|teams|conversations_summary"),
      new ExtraOperation("GET", A + "/portals/{portal_slug}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :portals (show); the spec lists only PATCH on this path"),
      new ExtraOperation("DELETE", A + "/portals/{portal_slug}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :portals (destroy); the spec lists only PATCH on this path"),
      new ExtraOperation("GET", A + "/portals/{portal_slug}/categories/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :categories under portals (show); not in the spec"),
      new ExtraOperation("PATCH", A + "/portals/{portal_slug}/categories/{id}", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :categories under portals (update); not in the spec"),
      new ExtraOperation("DELETE", A + "/portals/{portal_slug}/categories/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :categories under portals (destroy); not in the spec"),
      new ExtraOperation("GET", A + "/portals/{portal_slug}/articles/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :articles under portals (show); not in the spec"),
      new ExtraOperation("PATCH", A + "/portals/{portal_slug}/articles/{id}", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :articles under portals (update); not in the spec"),
      new ExtraOperation("DELETE", A + "/portals/{portal_slug}/articles/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :articles under portals (destroy); not in the spec"),
      new ExtraOperation("DELETE", A + "/portals/{portal_slug}/logo", List.of(),
          "chatwoot-4.10/config/routes.rb: portals member delete :logo (portals_controller.rb#logo); not in the spec"),
      new ExtraOperation("POST", A + "/portals/{portal_slug}/send_instructions", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: portals member post :send_instructions (email); not in the spec"),
      new ExtraOperation("GET", A + "/portals/{portal_slug}/ssl_status", List.of(),
          "chatwoot-4.10/config/routes.rb: portals member get :ssl_status (Enterprise action); not in the spec"),
      new ExtraOperation("POST", A + "/portals/{portal_slug}/articles/reorder", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: articles collection post :reorder (positions_hash); not in the spec"),
      new ExtraOperation("DELETE", "/platform/api/v1/agent_bots/{id}/avatar", List.of(),
          "chatwoot-4.10/config/routes.rb: platform agent_bots member delete :avatar; not in the spec"),
      new ExtraOperation("DELETE", A + "/inboxes/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :inboxes (destroy; inboxes_controller.rb#destroy answers 200"
              + " {message} and deletes in DeleteObjectJob); the spec lists only GET and PATCH"),
      new ExtraOperation("GET", A + "/csat_survey_responses", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :csat_survey_responses (index); not in the spec"),
      new ExtraOperation("GET", A + "/csat_survey_responses/metrics", List.of(),
          "chatwoot-4.10/config/routes.rb: csat_survey_responses collection get :metrics; not in the spec"),
      new ExtraOperation("GET", "/public/api/v1/csat_survey/{conversation_identifier}", List.of(),
          "chatwoot-4.10/config/routes.rb: public resources :csat_survey (show; the id is the conversation uuid);"
              + " NOTES §7.13 names it as the JSON equivalent of the survey page; not in the spec"),
      new ExtraOperation("PUT", "/public/api/v1/csat_survey/{conversation_identifier}", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: public resources :csat_survey (update); not in the spec"),
      new ExtraOperation("POST", "/api/v1/profile/availability", List.of(JSON),
          "chatwoot-4.10/config/routes.rb (resource :profile, member post :availability) and"
              + " profiles_controller.rb#availability: profile[account_id, availability]; not in the spec"),
      // issue 19 (enterprise, CSAT and v2 reports)
      new ExtraOperation("PATCH", A + "/csat_survey_responses/{id}", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: csat_survey_responses member patch :update (Enterprise review notes)"
              + "; not in the spec"),
      new ExtraOperation("GET", A + "/sla_policies", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :sla_policies (index; enterprise sla_policies_controller.rb)"
              + "; not in the spec"),
      new ExtraOperation("POST", A + "/sla_policies", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :sla_policies (create); not in the spec"),
      new ExtraOperation("GET", A + "/sla_policies/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :sla_policies (show); not in the spec"),
      new ExtraOperation("PATCH", A + "/sla_policies/{id}", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :sla_policies (update); not in the spec"),
      new ExtraOperation("DELETE", A + "/sla_policies/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :sla_policies (destroy); not in the spec"),
      new ExtraOperation("GET", A + "/custom_roles", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :custom_roles (index; enterprise custom_roles_controller.rb)"
              + "; not in the spec"),
      new ExtraOperation("POST", A + "/custom_roles", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :custom_roles (create); not in the spec"),
      new ExtraOperation("GET", A + "/custom_roles/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :custom_roles (show); not in the spec"),
      new ExtraOperation("PATCH", A + "/custom_roles/{id}", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :custom_roles (update); not in the spec"),
      new ExtraOperation("DELETE", A + "/custom_roles/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :custom_roles (destroy); not in the spec"),
      new ExtraOperation("GET", A + "/agent_capacity_policies", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :agent_capacity_policies (index; enterprise agent_capacity_policies_controller.rb)"
              + "; not in the spec"),
      new ExtraOperation("POST", A + "/agent_capacity_policies", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :agent_capacity_policies (create); not in the spec"),
      new ExtraOperation("GET", A + "/agent_capacity_policies/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :agent_capacity_policies (show); not in the spec"),
      new ExtraOperation("PATCH", A + "/agent_capacity_policies/{id}", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :agent_capacity_policies (update); not in the spec"),
      new ExtraOperation("DELETE", A + "/agent_capacity_policies/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :agent_capacity_policies (destroy); not in the spec"),
      new ExtraOperation("GET", A + "/agent_capacity_policies/{agent_capacity_policy_id}/users", List.of(),
          "chatwoot-4.10/config/routes.rb: agent_capacity_policies > resources :users (index); not in the spec"),
      new ExtraOperation("POST", A + "/agent_capacity_policies/{agent_capacity_policy_id}/users", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: agent_capacity_policies > resources :users (create, user_id)"
              + "; not in the spec"),
      new ExtraOperation("DELETE", A + "/agent_capacity_policies/{agent_capacity_policy_id}/users/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: agent_capacity_policies > resources :users (destroy); not in the spec"),
      new ExtraOperation("POST", A + "/agent_capacity_policies/{agent_capacity_policy_id}/inbox_limits",
          List.of(JSON),
          "chatwoot-4.10/config/routes.rb: agent_capacity_policies > resources :inbox_limits (create)"
              + "; not in the spec"),
      new ExtraOperation("PATCH", A + "/agent_capacity_policies/{agent_capacity_policy_id}/inbox_limits/{id}",
          List.of(JSON),
          "chatwoot-4.10/config/routes.rb: agent_capacity_policies > resources :inbox_limits (update)"
              + "; not in the spec"),
      new ExtraOperation("DELETE", A + "/agent_capacity_policies/{agent_capacity_policy_id}/inbox_limits/{id}",
          List.of(),
          "chatwoot-4.10/config/routes.rb: agent_capacity_policies > resources :inbox_limits (destroy)"
              + "; not in the spec"),
      new ExtraOperation("GET", A + "/applied_slas", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :applied_slas (index; enterprise applied_slas_controller.rb)"
              + "; not in the spec"),
      new ExtraOperation("GET", A + "/applied_slas/metrics", List.of(),
          "chatwoot-4.10/config/routes.rb: applied_slas collection get :metrics; not in the spec"),
      new ExtraOperation("GET", A + "/applied_slas/download", List.of(),
          "chatwoot-4.10/config/routes.rb: applied_slas collection get :download (CSV); not in the spec"),
      new ExtraOperation("GET", A + "/csat_survey_responses/download", List.of(),
          "chatwoot-4.10/config/routes.rb: csat_survey_responses collection get :download (CSV); not in the spec"),
      new ExtraOperation("GET", "/api/v2/accounts/{account_id}/summary_reports/label", List.of(),
          "chatwoot-4.10/config/routes.rb: v2 summary_reports collection get :label; not in the spec"),
      new ExtraOperation("GET", "/api/v2/accounts/{account_id}/reports/bot_summary", List.of(),
          "chatwoot-4.10/config/routes.rb: v2 reports collection get :bot_summary; not in the spec"),
      new ExtraOperation("GET", "/api/v2/accounts/{account_id}/reports/bot_metrics", List.of(),
          "chatwoot-4.10/config/routes.rb: v2 reports collection get :bot_metrics; not in the spec"),
      new ExtraOperation("GET", "/api/v2/accounts/{account_id}/reports/conversations_summary", List.of(),
          "chatwoot-4.10/config/routes.rb: v2 reports collection get :conversations_summary (CSV); not in the spec"),
      new ExtraOperation("GET", "/api/v2/accounts/{account_id}/reports/conversation_traffic", List.of(),
          "chatwoot-4.10/config/routes.rb: v2 reports collection get :conversation_traffic (CSV); not in the spec"),
      new ExtraOperation("GET", "/api/v2/accounts/{account_id}/live_reports/conversation_metrics", List.of(),
          "chatwoot-4.10/config/routes.rb: v2 live_reports collection get :conversation_metrics; not in the spec"),
      new ExtraOperation("GET", "/api/v2/accounts/{account_id}/live_reports/grouped_conversation_metrics", List.of(),
          "chatwoot-4.10/config/routes.rb: v2 live_reports collection get :grouped_conversation_metrics"
              + "; not in the spec"),
      // admin groups: help center lists (the spec only has POST on these paths)
      new ExtraOperation("GET", A + "/portals/{portal_slug}/categories", List.of(),
          "NOTES §7.11 ('and more'): config/routes.rb nests resources :categories (index) under portals;"
              + " the spec lists only POST"),
      new ExtraOperation("GET", A + "/portals/{portal_slug}/articles", List.of(),
          "NOTES §7.11 ('and more'): config/routes.rb nests resources :articles (index) under portals;"
              + " the spec lists only POST"),
      // issue 19a: routes of chatwoot-4.10/config/routes.rb that the spec lacks
      new ExtraOperation("GET", A + "/contacts/{id}/notes/{note_id}", List.of(),
          "chatwoot-4.10/config/routes.rb: contacts resources :notes (show); not in the spec"),
      new ExtraOperation("POST", A + "/contact_inboxes/filter", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :contact_inboxes collection post :filter"
              + " (contact_inboxes_controller.rb: inbox_id, source_id); not in the spec"),
      new ExtraOperation("GET", CONV + "/participants", List.of(),
          "chatwoot-4.10/config/routes.rb: conversations resource :participants (show); not in the spec"),
      new ExtraOperation("POST", CONV + "/participants", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: conversations resource :participants (create: user_ids); not in the spec"),
      new ExtraOperation("PATCH", CONV + "/participants", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: conversations resource :participants (update: user_ids); not in the spec"),
      new ExtraOperation("DELETE", CONV + "/participants", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: conversations resource :participants (destroy: user_ids in the body);"
              + " not in the spec"),
      new ExtraOperation("POST", CONV + "/messages/{message_id}/translate", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: messages member post :translate (target_language); not in the spec"),
      new ExtraOperation("POST", CONV + "/messages/{message_id}/retry", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: messages member post :retry; not in the spec"),
      new ExtraOperation("GET", A + "/search", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :search (index; search_controller.rb); not in the spec"),
      new ExtraOperation("GET", A + "/search/conversations", List.of(),
          "chatwoot-4.10/config/routes.rb: search collection get :conversations; not in the spec"),
      new ExtraOperation("GET", A + "/search/messages", List.of(),
          "chatwoot-4.10/config/routes.rb: search collection get :messages; not in the spec"),
      new ExtraOperation("GET", A + "/search/contacts", List.of(),
          "chatwoot-4.10/config/routes.rb: search collection get :contacts; not in the spec"),
      new ExtraOperation("GET", A + "/search/articles", List.of(),
          "chatwoot-4.10/config/routes.rb: search collection get :articles; not in the spec"),
      new ExtraOperation("GET", A + "/macros", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :macros (index; macros_controller.rb); not in the spec"),
      new ExtraOperation("POST", A + "/macros", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :macros (create: name, visibility, actions); not in the spec"),
      new ExtraOperation("GET", A + "/macros/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :macros (show); not in the spec"),
      new ExtraOperation("PATCH", A + "/macros/{id}", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :macros (update); not in the spec"),
      new ExtraOperation("DELETE", A + "/macros/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :macros (destroy); not in the spec"),
      new ExtraOperation("POST", A + "/macros/{id}/execute", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: macros member post :execute (conversation_ids); not in the spec"),
      new ExtraOperation("GET", "/rails/active_storage/blobs/{id}/{file_identifier}", List.of(),
          "not an API route: an attachment's data_url (Active Storage, app/models/attachment.rb#file_url; the last"
              + " segment is the file name), fetched by conversations attachments --download"),
      // issue #19: campaigns, dashboard apps, notifications, assignment policies, member actions
      new ExtraOperation("GET", A + "/campaigns", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :campaigns (index); campaigns_controller.rb; not in the spec"),
      new ExtraOperation("POST", A + "/campaigns", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :campaigns (create): campaign[title, message, inbox_id, ...]; not in the spec"),
      new ExtraOperation("GET", A + "/campaigns/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :campaigns (show, by display id); not in the spec"),
      new ExtraOperation("PATCH", A + "/campaigns/{id}", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :campaigns (update); not in the spec"),
      new ExtraOperation("DELETE", A + "/campaigns/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :campaigns (destroy); not in the spec"),
      new ExtraOperation("GET", A + "/dashboard_apps", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :dashboard_apps (index); dashboard_apps_controller.rb; not in the spec"),
      new ExtraOperation("POST", A + "/dashboard_apps", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :dashboard_apps (create): dashboard_app[title, content[url, type]]; not in the spec"),
      new ExtraOperation("GET", A + "/dashboard_apps/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :dashboard_apps (show); not in the spec"),
      new ExtraOperation("PATCH", A + "/dashboard_apps/{id}", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :dashboard_apps (update); not in the spec"),
      new ExtraOperation("DELETE", A + "/dashboard_apps/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :dashboard_apps (destroy); not in the spec"),
      new ExtraOperation("GET", A + "/notifications", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :notifications (index); notifications_controller.rb; not in the spec"),
      new ExtraOperation("GET", A + "/notifications/unread_count", List.of(),
          "chatwoot-4.10/config/routes.rb: notifications collection get :unread_count; not in the spec"),
      new ExtraOperation("POST", A + "/notifications/read_all", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: notifications collection post :read_all; not in the spec"),
      new ExtraOperation("POST", A + "/notifications/destroy_all", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: notifications collection post :destroy_all (type=read|all); not in the spec"),
      new ExtraOperation("PATCH", A + "/notifications/{id}", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :notifications (update = mark read); not in the spec"),
      new ExtraOperation("POST", A + "/notifications/{id}/unread", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: notifications member post :unread; not in the spec"),
      new ExtraOperation("POST", A + "/notifications/{id}/snooze", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: notifications member post :snooze (snoozed_until, epoch seconds); not in the spec"),
      new ExtraOperation("DELETE", A + "/notifications/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :notifications (destroy); not in the spec"),
      new ExtraOperation("GET", A + "/notification_settings", List.of(),
          "chatwoot-4.10/config/routes.rb: resource :notification_settings (show); not in the spec"),
      new ExtraOperation("PATCH", A + "/notification_settings", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resource :notification_settings (update): notification_settings[selected_email_flags[], selected_push_flags[]]; not in the spec"),
      new ExtraOperation("GET", A + "/assignment_policies", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :assignment_policies (index); assignment_policies_controller.rb; not in the spec"),
      new ExtraOperation("POST", A + "/assignment_policies", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :assignment_policies (create): assignment_policy[...]; not in the spec"),
      new ExtraOperation("GET", A + "/assignment_policies/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :assignment_policies (show); not in the spec"),
      new ExtraOperation("PATCH", A + "/assignment_policies/{id}", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :assignment_policies (update); not in the spec"),
      new ExtraOperation("DELETE", A + "/assignment_policies/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :assignment_policies (destroy); not in the spec"),
      new ExtraOperation("GET", A + "/assignment_policies/{id}/inboxes", List.of(),
          "chatwoot-4.10/config/routes.rb: assignment_policies nested resources :inboxes (index; the controller has no create/destroy); not in the spec"),
      new ExtraOperation("GET", A + "/inboxes/{id}/assignment_policy", List.of(),
          "chatwoot-4.10/config/routes.rb: inboxes nested resource :assignment_policy (show); not in the spec"),
      new ExtraOperation("POST", A + "/inboxes/{id}/assignment_policy", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: inboxes nested resource :assignment_policy (create: assignment_policy_id); not in the spec"),
      new ExtraOperation("DELETE", A + "/inboxes/{id}/assignment_policy", List.of(),
          "chatwoot-4.10/config/routes.rb: inboxes nested resource :assignment_policy (destroy); not in the spec"),
      new ExtraOperation("GET", A + "/inboxes/{id}/assignable_agents", List.of(),
          "chatwoot-4.10/config/routes.rb: inboxes member get :assignable_agents; not in the spec"),
      new ExtraOperation("DELETE", A + "/inboxes/{id}/avatar", List.of(),
          "chatwoot-4.10/config/routes.rb: inboxes member delete :avatar (head :ok); not in the spec"),
      new ExtraOperation("POST", A + "/inboxes/{id}/sync_templates", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: inboxes member post :sync_templates (WhatsApp only); not in the spec"),
      new ExtraOperation("GET", A + "/inboxes/{id}/health", List.of(),
          "chatwoot-4.10/config/routes.rb: inboxes member get :health (WhatsApp Cloud only); not in the spec"),
      new ExtraOperation("GET", A + "/inboxes/{id}/csat_template", List.of(),
          "chatwoot-4.10/config/routes.rb: inboxes resource :csat_template, only: [:show, :create]; not in the spec"),
      new ExtraOperation("POST", A + "/inboxes/{id}/csat_template", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: inboxes resource :csat_template, only: [:show, :create] (template[message, button_text, language]); not in the spec"),
      new ExtraOperation("GET", A + "/companies", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :companies (Enterprise controller) index; not in the spec"),
      new ExtraOperation("GET", A + "/companies/search", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :companies (Enterprise controller) collection get :search (q); not in the spec"),
      new ExtraOperation("GET", A + "/companies/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :companies (Enterprise controller) show; not in the spec"),
      new ExtraOperation("POST", A + "/companies", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :companies (Enterprise controller) create (company[name, domain, description]); not in the spec"),
      new ExtraOperation("PATCH", A + "/companies/{id}", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resources :companies (Enterprise controller) update; not in the spec"),
      new ExtraOperation("DELETE", A + "/companies/{id}", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :companies (Enterprise controller) destroy; not in the spec"),
      new ExtraOperation("GET", A + "/assignable_agents", List.of(),
          "chatwoot-4.10/config/routes.rb: resources :assignable_agents, only: [:index] (inbox_ids[]); not in the spec"),
      new ExtraOperation("GET", A + "/integrations/apps/{app_identifier}", List.of(),
          "chatwoot-4.10/config/routes.rb: integrations resources :apps, only: [:index, :show] (the id is the app's name, e.g. dialogflow); show not in the spec"),
      new ExtraOperation("GET", A + "/inboxes/{id}/campaigns", List.of(),
          "chatwoot-4.10/config/routes.rb: inboxes member get :campaigns; not in the spec"),
      new ExtraOperation("POST", A + "/agents/bulk_create", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: agents collection post :bulk_create (emails[]); not in the spec"),
      new ExtraOperation("POST", A + "/automation_rules/{id}/clone", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: automation_rules nested post :clone; not in the spec"),
      new ExtraOperation("DELETE", A + "/agent_bots/{id}/avatar", List.of(),
          "chatwoot-4.10/config/routes.rb: agent_bots member delete :avatar; not in the spec"),
      new ExtraOperation("POST", A + "/agent_bots/{id}/reset_access_token", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: agent_bots member post :reset_access_token; not in the spec"),
      new ExtraOperation("POST", "/api/v1/profile/auto_offline", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resource :profile member post :auto_offline (profile[account_id, auto_offline]); not in the spec"),
      new ExtraOperation("PUT", "/api/v1/profile/set_active_account", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resource :profile member put :set_active_account (profile[account_id]); not in the spec"),
      new ExtraOperation("DELETE", "/api/v1/profile/avatar", List.of(),
          "chatwoot-4.10/config/routes.rb: resource :profile collection delete :avatar; not in the spec"),
      new ExtraOperation("POST", "/api/v1/profile/reset_access_token", List.of(JSON),
          "chatwoot-4.10/config/routes.rb: resource :profile member post :reset_access_token; not in the spec"));

  /** A violation of one spec operation that a correct request produces. */
  record Tolerated(String method, String template, Violation.Kind kind, Pattern where,
      Predicate<Violation> when, String reason) {

    boolean matches(String m, String t, Violation v) {
      return method.equals(m) && template.equals(t) && kind == v.kind()
          && where.matcher(v.where()).matches() && when.test(v);
    }
  }

  private static Tolerated tol(String method, String template, Violation.Kind kind, String whereRegex,
      Predicate<Violation> when, String reason) {
    return new Tolerated(method, template, kind, Pattern.compile(whereRegex), when, reason);
  }

  private static final Predicate<Violation> ALWAYS = v -> true;

  private static Predicate<Violation> valueIn(Set<String> allowed) {
    return v -> v.valueText() != null && allowed.contains(v.valueText());
  }

  /** contacts_controller.rb sort_on (chatwoot-4.10): created_at, company, city, country beyond the spec's enum. */
  private static final Set<String> EXTRA_CONTACT_SORT = Set.of(
      "created_at", "-created_at", "company", "-company", "city", "-city", "country", "-country");

  /** Webhook::ALLOWED_WEBHOOK_EVENTS (chatwoot-4.10/app/models/webhook.rb) beyond the spec's 8. */
  private static final Set<String> EXTRA_WEBHOOK_EVENTS = Set.of(
      "inbox_created", "inbox_updated", "conversation_typing_on", "conversation_typing_off");

  /** base_report_builder.rb AVG_METRICS + COUNT_METRICS (chatwoot-4.10) beyond the spec's 6. */
  private static final Set<String> EXTRA_REPORT_METRICS = Set.of(
      "reply_time", "bot_resolutions_count", "bot_handoffs_count");

  private static final Set<String> EXTRA_FILTER_OPERATORS = Set.of(
      "is_present", "is_not_present", "is_greater_than", "is_less_than", "days_before", "starts_with");

  /**
   * query_operator: AND/OR case-insensitively. Not null: the spec types it as a string, and the last item needs
   * no operator at all (the key is omitted; chatwoot-4.10/app/helpers/filters/filter_helper.rb).
   */
  private static final Predicate<Violation> QUERY_OPERATOR_OK = v ->
      v.valueText() != null && Set.of("and", "or").contains(v.valueText().toLowerCase(Locale.ROOT));

  static final List<Tolerated> TOLERATED = buildTolerated();

  private static List<Tolerated> buildTolerated() {
    List<Tolerated> t = new ArrayList<>();
    t.add(tol("POST", A + "/contacts", Violation.Kind.BODY_SCHEMA, "required /inbox_id", ALWAYS,
        "NOTES §3: inbox_id is optional in practice (no contact_inbox is built without it);"
            + " the spec marks it required"));
    for (String path : List.of(A + "/contacts", A + "/contacts/search")) {
      t.add(tol("GET", path, Violation.Kind.QUERY_PARAM, "sort", valueIn(EXTRA_CONTACT_SORT),
          "NOTES §5 and chatwoot-4.10/app/controllers/api/v1/accounts/contacts_controller.rb: sort_on also"
              + " takes created_at, company, city, country, '-' for descending; the spec enum omits them"));
    }
    for (String path : List.of(A + "/contacts/filter", A + "/conversations/filter")) {
      t.add(tol("POST", path, Violation.Kind.BODY_SCHEMA, "(type|enum) /payload/\\d+/query_operator",
          QUERY_OPERATOR_OK,
          "NOTES §5: query_operator is AND/OR case-insensitively; the spec does not allow lower case"));
      t.add(tol("POST", path, Violation.Kind.BODY_SCHEMA, "enum /payload/\\d+/filter_operator",
          valueIn(EXTRA_FILTER_OPERATORS),
          "NOTES §5: operators also include is_present, is_not_present, is_greater_than, is_less_than,"
              + " days_before (+ starts_with for phone_number); the spec enum lists only four"));
    }
    for (String method : List.of("POST", "PATCH")) {
      t.add(tol(method, A + (method.equals("POST") ? "/webhooks" : "/webhooks/{webhook_id}"),
          Violation.Kind.BODY_SCHEMA, "enum /subscriptions/\\d+", valueIn(EXTRA_WEBHOOK_EVENTS),
          "chatwoot-4.10/app/models/webhook.rb ALLOWED_WEBHOOK_EVENTS also has inbox_created, inbox_updated,"
              + " conversation_typing_on/off; the spec enum lists 8 events"));
    }
    t.add(tol("GET", "/api/v2/accounts/{account_id}/reports", Violation.Kind.QUERY_PARAM, "metric",
        valueIn(EXTRA_REPORT_METRICS),
        "chatwoot-4.10/app/builders/v2/reports/conversations/base_report_builder.rb also accepts reply_time,"
            + " bot_resolutions_count, bot_handoffs_count; the spec enum lists 6 metrics"));
    t.add(tol("GET", "/api/v2/accounts/{account_id}/reports/conversations", Violation.Kind.QUERY_PARAM,
        "type", valueIn(Set.of("agent")),
        "NOTES §7.15: Agent Conversation Metrics is really GET …/reports/conversations?type=agent"
            + " (the spec keys it with a trailing slash)"));
    t.add(tol("PATCH", A + "/agents/{id}", Violation.Kind.BODY_SCHEMA, "required /role", ALWAYS,
        "NOTES §7.5: the server permits name, email, role, availability, auto_offline and requires none"
            + " of them; the spec wrongly requires role (and documents availability_status)"));
    t.add(tol("POST", CONV + "/toggle_priority", Violation.Kind.BODY_SCHEMA, "required /priority", ALWAYS,
        "NOTES §7.7: to clear priority omit the field or send null (the spec's \"none\" is not an enum value)"));
    t.add(tol("POST", CONV + "/toggle_priority", Violation.Kind.BODY_SCHEMA, "(type|enum) /priority",
        Violation::valueIsJsonNull,
        "NOTES §7.7: to clear priority omit the field or send null (the spec's \"none\" is not an enum value)"));
    t.add(tol("PATCH", CONV, Violation.Kind.BODY_SCHEMA, "(type|enum) /priority", Violation::valueIsJsonNull,
        "NOTES §7.3/§7.7: priority is low|medium|high|urgent or null; null clears it (\"none\" is not a value)"));
    t.add(tol("POST", CONV + "/toggle_status", Violation.Kind.BODY_SCHEMA, "required /status", ALWAYS,
        "NOTES §7.6: without status toggle_status flips open<->resolved; the spec requires status"));
    t.add(tol("POST", A + "/conversations", Violation.Kind.BODY_SCHEMA, "required /source_id",
        v -> v.value() instanceof JsonNode body && body.hasNonNull("inbox_id") && body.hasNonNull("contact_id"),
        "NOTES §3: source_id is only needed when inbox_id and contact_id are not both given"));
    t.add(tol("GET", A + "/custom_attribute_definitions", Violation.Kind.QUERY_MISSING, "attribute_model",
        ALWAYS, "NOTES §7.9: the attribute_model filter on list is optional (omitted -> all)"));
    t.add(tol("GET", A + "/custom_attribute_definitions", Violation.Kind.QUERY_PARAM, "attribute_model",
        valueIn(Set.of("2")), "NOTES §7.9: company_attribute(2) exists in newer versions"));
    t.add(tol("POST", CONV + "/messages", Violation.Kind.CONTENT_TYPE, MULTIPART, ALWAYS,
        "NOTES §7.4: attachments go as multipart attachments[]; the spec only declares application/json"));
    t.add(tol("GET", "/survey/responses/{conversation_uuid}", Violation.Kind.PATH_PARAM, "conversation_uuid",
        ALWAYS, "NOTES §7.13: the path takes the conversation uuid (a UUID string); the spec types it integer"));
    // ---- admin groups ----
    t.add(tol("POST", A + "/inboxes/{id}/set_agent_bot", Violation.Kind.BODY_SCHEMA, "type /agent_bot",
        Violation::valueIsJsonNull,
        "agent_bot: null disconnects the bot (inboxes_controller.rb#set_agent_bot destroys agent_bot_inbox when"
            + " no bot is found); NOTES.md is silent, the spec types it number only"));
    t.add(tol("POST", A + "/integrations/hooks", Violation.Kind.BODY_SCHEMA, "type /app_id",
        v -> v.valueText() != null && !v.valueText().matches("\\d+"),
        "app ids are names (the spec's own GET integrations/apps types id as string, e.g. dialogflow);"
            + " NOTES.md is silent, the hook create schema wrongly types app_id integer"));
    return List.copyOf(t);
  }

  /** The reason of the first tolerated deviation matching v, or null. */
  static String tolerated(String method, String template, Violation v) {
    for (Tolerated t : TOLERATED) {
      if (t.matches(method, template, v)) {
        return t.reason();
      }
    }
    return null;
  }

  /** Spec-valid requests that NOTES.md says the real server rejects. */
  static List<Violation> stricterThanSpec(String method, String template, JsonNode body) {
    boolean priorityOp = "POST".equals(method) && (CONV + "/toggle_priority").equals(template)
        || "PATCH".equals(method) && CONV.equals(template);
    if (priorityOp && body != null
        && "none".equals(body.path("priority").asText(null))) {
      return List.of(new Violation(Violation.Kind.STRICTER_THAN_SPEC, "/priority", body.get("priority"),
          "priority \"none\" is in the spec but is not a server enum value (NOTES §7.7: risks 500/422);"
              + " send null or omit it"));
    }
    return List.of();
  }
}

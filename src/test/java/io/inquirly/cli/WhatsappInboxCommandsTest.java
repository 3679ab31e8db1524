package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The WhatsApp-only inbox routes (sync_templates, health, csat_template) against the demo sandbox, whose inbox 4
 * is a WhatsApp Cloud channel and inbox 3 a website widget: the exact request, output and exit code.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WhatsappInboxCommandsTest {
  @RegisterExtension
  static final SandboxServer server = new SandboxServer(SandboxOptions.demo(), Duration.ofMinutes(1));

  private static final String INBOXES = "/api/v1/accounts/1/inboxes/";

  private static RecordedRequest only(List<RecordedRequest> sent) {
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  private static SandboxServer.Result run(List<RecordedRequest> into, String... args) {
    SandboxServer.Result[] r = new SandboxServer.Result[1];
    into.addAll(server.requestsDuring(() -> r[0] = server.run(args)));
    return r[0];
  }

  @Test
  void syncTemplatesOnTheWhatsappInbox() {
    List<RecordedRequest> sent = new ArrayList<>();
    SandboxServer.Result r = run(sent, "inboxes", "templates", "sync", "4");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("Template sync initiated successfully\n");
    RecordedRequest req = only(sent);
    assertThat(req.method()).isEqualTo("POST");
    assertThat(req.path()).isEqualTo(INBOXES + "4/sync_templates");
    assertThat(req.rawQuery()).isNull();
  }

  @Test
  void syncTemplatesOnAWebsiteInboxIsTheServers422() {
    SandboxServer.Result r = server.run("inboxes", "templates", "sync", "3");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: 422 Unprocessable Entity from POST " + INBOXES
        + "3/sync_templates: Template sync is only available for WhatsApp channels\n");
  }

  @Test
  void syncTemplatesNeedsAnAdministrator() {
    Map<String, String> env = server.env();
    env.put("INQUIRLY_TOKEN", server.sandbox().agentToken());
    SandboxServer.Result r = server.run(env, "", "inboxes", "templates", "sync", "1");
    assertThat(r.code()).isEqualTo(ExitCode.PERMISSION);
    assertThat(r.err()).contains("401 Unauthorized").contains("You are not authorized to do this action");
  }

  @Test
  void healthHasTheHealthServiceFields() {
    List<RecordedRequest> sent = new ArrayList<>();
    SandboxServer.Result r = run(sent, "inboxes", "health", "4", "-o", "json", "--jq", "keys_unsorted");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().replaceAll("\\s+", "")).isEqualTo("[\"display_phone_number\",\"verified_name\","
        + "\"name_status\",\"quality_rating\",\"messaging_limit_tier\",\"account_mode\","
        + "\"code_verification_status\",\"throughput\",\"last_onboarded_time\",\"platform_type\",\"business_id\"]");
    RecordedRequest req = only(sent);
    assertThat(req.method()).isEqualTo("GET");
    assertThat(req.path()).isEqualTo(INBOXES + "4/health");
    assertThat(req.bodyText()).isEmpty();
    SandboxServer.Result rating = server.run("inboxes", "health", "4", "--columns", "quality_rating,business_id");
    assertThat(rating.out()).isEqualTo("KEY\tVALUE\nquality_rating\tGREEN\nbusiness_id\t200000000000002\n");
  }

  @Test
  void healthOfAWebsiteInboxIsTheServers400() {
    SandboxServer.Result r = server.run("inboxes", "health", "3");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: 400 Bad Request from GET " + INBOXES
        + "3/health: Health data only available for WhatsApp Cloud API channels\n");
  }

  @Test
  @Order(1)
  void csatTemplateCreateThenShow() {
    assertThat(server.run("inboxes", "csat-template", "show", "4").out())
        .isEqualTo("KEY\tVALUE\ntemplate_exists\tfalse\n");
    List<RecordedRequest> sent = new ArrayList<>();
    SandboxServer.Result r = run(sent, "inboxes", "csat-template", "create", "4", "--message", "How did we do?",
        "--button", "Rate us", "--language", "de");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("KEY\tVALUE\nname\tcustomer_satisfaction_survey_4\n"
        + "template_id\t300000000000001\nstatus\tPENDING\nlanguage\tde\n");
    RecordedRequest req = only(sent);
    assertThat(req.method()).isEqualTo("POST");
    assertThat(req.path()).isEqualTo(INBOXES + "4/csat_template");
    assertThat(req.bodyText())
        .isEqualTo("{\"template\":{\"message\":\"How did we do?\",\"button_text\":\"Rate us\",\"language\":\"de\"}}");
    SandboxServer.Result again = server.run("inboxes", "csat-template", "create", "4", "--message", "Rate us",
        "-o", "json", "--jq", ".name");
    assertThat(again.out()).isEqualTo("customer_satisfaction_survey_4_1\n");
    assertThat(server.run("inboxes", "csat-template", "show", "4", "-o", "json", "--jq",
        "[.template_exists, .template_name, .status]").out().replaceAll("\\s+", ""))
        .isEqualTo("[true,\"customer_satisfaction_survey_4_1\",\"PENDING\"]");
  }

  @Test
  void csatTemplateOfAWebsiteInboxIsTheServers400() {
    SandboxServer.Result r = server.run("inboxes", "csat-template", "create", "3", "--message", "Hi");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).isEqualTo("error: 400 Bad Request from POST " + INBOXES + "3/csat_template: CSAT template"
        + " operations only available for WhatsApp and Twilio WhatsApp channels\n");
  }
}

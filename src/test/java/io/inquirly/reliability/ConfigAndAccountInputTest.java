package io.inquirly.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.testing.SandboxServer;
import io.inquirly.testing.SandboxServer.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Config files and account ids are checked here, before anything is sent: one line, exit 2. */
class ConfigAndAccountInputTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  @TempDir Path dir;

  private Result runWithConfig(String yaml, byte[] raw) throws Exception {
    Path config = dir.resolve("config.yaml");
    if (raw != null) {
      Files.write(config, raw);
    } else {
      Files.writeString(config, yaml);
    }
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));
    Map<String, String> env = new HashMap<>(server.env());
    env.put("INQUIRLY_CONFIG", config.toString());
    Result[] r = new Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> r[0] = server.run(env, "", "labels", "list"));
    assertThat(sent).isEmpty();
    assertThat(r[0].code()).isEqualTo(2);
    assertThat(r[0].out()).isEmpty();
    assertThat(r[0].err()).as("one line").hasLineCount(1);
    return r[0];
  }

  @Test
  void configFileErrorsAreOneLineWithFileLineAndFix() throws Exception {
    String config = dir.resolve("config.yaml").toString();
    String fix = "; fix that line, or delete the file and run 'inquirly auth login'\n";
    assertThat(runWithConfig("profiles:\n  a:\n    url: x\n   token: y\n", null).err()).isEqualTo("error: config file "
        + config + ":4:4: not valid YAML (expected <block end>, but found '<block mapping start>'; check the "
        + "indentation and the colons)" + fix);
    assertThat(runWithConfig("profiles: [a, b]\n", null).err()).isEqualTo("error: config file " + config
        + ":1:11: 'profiles' must map profile names to their settings" + fix);
    assertThat(runWithConfig("profiles:\n  a:\n    url: [x]\n", null).err()).isEqualTo("error: config file " + config
        + ":3:10: 'profiles.a.url' must be a single value" + fix);
    assertThat(runWithConfig("profiles:\n  a:\n    colour: blue\n", null).err()).isEqualTo("error: config file "
        + config + ":4:1: unknown key 'colour' in profiles.a; keys are url, token, account_id, platform_token, "
        + "inbox_identifier, contact_identifier, hmac_token, token_command" + fix);
    assertThat(runWithConfig(null, "profiles:\n  a:\n    url: \"http://x\u00ff\"\n".getBytes(
        java.nio.charset.StandardCharsets.ISO_8859_1)).err()).isEqualTo("error: config file " + config
        + ":3:8: is not UTF-8 text" + fix);
    assertThat(runWithConfig("profiles:\n  a:\n    url: &u http://x\n    token: *u\n", null).err())
        .isEqualTo("error: config file " + config + ":4:12: YAML aliases (*u) are not supported; write the value out\n");
  }

  @Test
  void anAccountIdThatIsNotAPositiveNumberIsRefusedLocally() {
    for (String bad : List.of("abc", "-3", "0", "1.5", "99999999999999999999")) {
      Result[] r = new Result[1];
      List<RecordedRequest> sent = server.requestsDuring(
          () -> r[0] = server.run("contacts", "list", "--account", bad));
      assertThat(sent).as(bad).isEmpty();
      assertThat(r[0].code()).isEqualTo(2);
      assertThat(r[0].err()).isEqualTo("error: invalid account id '" + bad + "' from --account: expected a positive "
          + "whole number; e.g. --account 3; 'inquirly accounts list' shows yours\n");
    }
    Result padded = server.run("labels", "list", "--account", " 0" + server.sandbox().accountId());
    assertThat(padded.code()).as(padded.err()).isZero();
    assertThat(server.lastRequest().path()).isEqualTo("/api/v1/accounts/" + server.sandbox().accountId() + "/labels");
    Map<String, String> env = new HashMap<>(server.env());
    env.put("INQUIRLY_ACCOUNT_ID", "abc");
    Result[] r = new Result[1];
    List<RecordedRequest> sent = server.requestsDuring(() -> r[0] = server.run(env, "", "contacts", "list"));
    assertThat(sent).isEmpty();
    assertThat(r[0].code()).isEqualTo(2);
    assertThat(r[0].err()).startsWith("error: invalid account id 'abc' from INQUIRLY_ACCOUNT_ID: ");
  }
}

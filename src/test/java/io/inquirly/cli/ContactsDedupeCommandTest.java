package io.inquirly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.inquirly.sandbox.RecordedRequest;
import io.inquirly.sandbox.Sandbox;
import io.inquirly.sandbox.SandboxOptions;
import io.inquirly.testing.SandboxServer.Cli;
import io.inquirly.testing.SandboxServer.Result;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * contacts duplicates and dedupe against a sandbox seeded with 40 contacts and 2 planted duplicates: contact 41 is
 * contact 1's gmail address written otherwise, contact 42 has contact 40's phone number in an attribute (and a
 * conversation, as contact 1 has).
 */
class ContactsDedupeCommandTest {
  static final String MERGE = "/api/v1/accounts/1/actions/contact_merge";

  @TempDir Path dir;
  Sandbox sandbox;
  Map<String, String> env;

  @BeforeEach
  void start() throws Exception {
    sandbox = Sandbox.start(SandboxOptions.defaults());
    sandbox.seedContacts(40);
    env = Cli.env(sandbox);
  }

  @AfterEach
  void stop() {
    try {
      // what these runs sent is held to the contract like the requests of the shared sandboxes
      assertThat(io.inquirly.testing.SandboxServer.contractViolations(sandbox.requests())).isEmpty();
    } finally {
      sandbox.close();
    }
  }

  Result run(String... args) {
    return Cli.run(Cli.FAST, env, "", args);
  }

  /** The plan's lines without the created_at column (the sandbox's clock). */
  static List<String> withoutCreatedAt(Path plan) throws Exception {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(plan)) {
      out.add(line.replaceFirst(",(created_at|\\d{4}-\\d\\d-\\d\\dT[0-9:]+Z),", ",~,"));
    }
    return out;
  }

  List<String> changes(int from) {
    List<String> out = new ArrayList<>();
    List<RecordedRequest> all = sandbox.requests();
    for (RecordedRequest q : all.subList(from, all.size())) {
      if (!q.method().equals("GET")) {
        out.add(q.method() + " " + q.path() + " " + q.bodyText() + " -> " + q.status());
      }
    }
    return out;
  }

  @Test
  void duplicatesPrintsGroupsWithTheReasons() {
    Result r = run("contacts", "duplicates", "--by", "email,phone", "--email-rules", "gmail", "-o", "csv");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("group,id,name,email,phone_number,identifier,match\r\n"
        + "1,1,Ada Ka,ada.ka@gmail.com,+14150000000,,\r\n"
        + "1,41,Ada,adaka+news@googlemail.com,,,email adaka@gmail.com = #1\r\n"
        + "2,40,Sophie Tolo,sophie@tolo.example,+14150000039,,\r\n"
        + "2,42,Sophie Tolo,,,wa-1,phone +14150000039 = #40\r\n");
    assertThat(r.err()).matches("2 groups of duplicates \\(4 contacts\\) among 42 contacts in \\d+\\.\\d s\n");
  }

  @Test
  void aPlanIsWrittenEditedAndRunExactlyAsWritten() throws Exception {
    assertThat(run("contacts", "labels", "add", "41", "newsletter").code()).isZero();
    Path plan = dir.resolve("plan.csv");
    Result r = run("contacts", "dedupe", "--by", "email,phone", "--email-rules", "gmail", "--plan-out", plan.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("planned to merge 2 contacts into 2 (2 groups): wrote " + plan + "; review it, "
        + "then run 'inquirly contacts dedupe --plan " + plan + "'\n");
    assertThat(withoutCreatedAt(plan)).containsExactly(
        "group,action,contact_id,name,email,phone_number,identifier,~,conversations,copy_labels,drops,match",
        "1,keep,1,Ada Ka,ada.ka@gmail.com,+14150000000,,~,1,,,",
        "1,merge,41,Ada,adaka+news@googlemail.com,,,~,0,newsletter,name Ada; email adaka+news@googlemail.com,"
            + "email adaka@gmail.com = #1",
        "2,keep,42,Sophie Tolo,,,wa-1,~,1,,,phone +14150000039 = #40",
        "2,merge,40,Sophie Tolo,sophie@tolo.example,+14150000039,,~,0,,,");
    assertThat(changes(0)).containsExactly("POST /api/v1/accounts/1/contacts/41/labels {\"labels\":[\"newsletter\"]} -> 200");

    // the reviewer keeps 40 in group 2 instead, and copies a label by hand
    String edited = Files.readString(plan).replace("2,keep,42,Sophie Tolo,,,wa-1,", "2,merge,42,Sophie Tolo,,,wa-1,")
        .replace("2,merge,40,", "2,keep,40,");
    edited = edited.replaceFirst("(2,merge,42,Sophie Tolo,,,wa-1,[^,]*,1,)", "$1whatsapp");
    Files.writeString(plan, edited);
    int before = sandbox.requests().size();
    r = run("contacts", "dedupe", "--plan", plan.toString(), "--yes", "--concurrency", "1"); // groups in order
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).matches("Merged 2 contacts into 2 in \\d+\\.\\d s\n");
    assertThat(changes(before)).containsExactly(
        "POST /api/v1/accounts/1/contacts/1/labels {\"labels\":[\"newsletter\"]} -> 200",
        "POST " + MERGE + " {\"base_contact_id\":1,\"mergee_contact_id\":41} -> 200",
        "POST /api/v1/accounts/1/contacts/40/labels {\"labels\":[\"whatsapp\"]} -> 200",
        "POST " + MERGE + " {\"base_contact_id\":40,\"mergee_contact_id\":42} -> 200");
    assertThat(run("contacts", "show", "41").code()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(run("contacts", "show", "40", "-o", "json", "--jq", ".identifier").out()).isEqualTo("wa-1\n");

    before = sandbox.requests().size();
    r = run("contacts", "dedupe", "--plan", plan.toString(), "--yes");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("nothing to merge: every row of " + plan + " is recorded in " + plan
        + ".journal\nMerged 0 contacts; 4 rows done by an earlier run\n");
    assertThat(changes(before)).isEmpty();
  }

  @Test
  void scriptsNeedYesAndATerminalIsAskedOnceWithTheCounts() throws Exception {
    Path plan = dir.resolve("plan.csv");
    assertThat(run("contacts", "dedupe", "--by", "email,phone", "--email-rules", "gmail", "--plan-out",
        plan.toString()).code()).isZero();
    int before = sandbox.requests().size();
    Result r = run("contacts", "dedupe", "--plan", plan.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).isEqualTo("error: refusing to merge 2 contacts into 2 without --yes (stdin is not a "
        + "terminal); add --yes to confirm (review the plan first with --dry-run or --plan-out FILE)\n");
    r = Cli.run(Cli.FAST, env, "n\n", true, "contacts", "dedupe", "--plan", plan.toString());
    assertThat(r.code()).isEqualTo(ExitCode.FAILURE);
    assertThat(r.err()).startsWith("Merge 2 contacts into 2? [y/N] ").contains("not confirmed: nothing was changed");
    assertThat(changes(before)).isEmpty();
    r = Cli.run(Cli.FAST, env, "y\n", true, "contacts", "dedupe", "--plan", plan.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(changes(before)).hasSize(2).allMatch(c -> c.startsWith("POST " + MERGE) && c.endsWith("-> 200"));
  }

  @Test
  void dryRunPrintsThePlanAndSendsNothing() {
    int before = sandbox.requests().size();
    Result r = run("contacts", "dedupe", "--by", "email,phone", "--email-rules", "gmail", "--dry-run",
        "--keep", "oldest", "--columns", "group,action,contact_id,match");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("GROUP\tACTION\tCONTACT_ID\tMATCH\n1\tkeep\t1\t\n"
        + "1\tmerge\t41\temail adaka@gmail.com = #1\n2\tkeep\t40\t\n2\tmerge\t42\tphone +14150000039 = #40\n");
    assertThat(r.err()).isEqualTo("would merge 2 contacts into 2 (2 groups)\n");
    assertThat(changes(before)).isEmpty();
    assertThat(dir.toFile().list()).isEmpty();
  }

  /**
   * The survivor of each group by --keep: newest is the latest created (41, 42); most-complete the one with the
   * most filled fields (1 has name, e-mail and phone against 41's name and e-mail; 40 has e-mail and phone
   * against 42's identifier).
   */
  @Test
  void keepRulesPickTheSurvivor() {
    for (String[] c : new String[][] {{"newest", "41", "42"}, {"most-complete", "1", "40"}}) {
      Result r = run("contacts", "dedupe", "--by", "email,phone", "--email-rules", "gmail", "--dry-run",
          "--keep", c[0], "--columns", "group,action,contact_id");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out().lines().filter(l -> l.contains("\tkeep\t")).map(l -> l.split("\t")[2]).toList())
          .as(c[0]).containsExactly(c[1], c[2]);
    }
  }

  /** --dry-run and --plan-out both merge nothing: the plan is printed and kept for review. */
  @Test
  void dryRunWithPlanOutPrintsAndWritesThePlan() throws Exception {
    Path plan = dir.resolve("plan.csv");
    int before = sandbox.requests().size();
    Result r = run("contacts", "dedupe", "--by", "email,phone", "--email-rules", "gmail", "--dry-run",
        "--plan-out", plan.toString(), "-o", "ids");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEqualTo("would merge 2 contacts into 2 (2 groups): wrote " + plan + "\n");
    assertThat(changes(before)).isEmpty();
    assertThat(Files.readAllLines(plan)).hasSize(5);
  }

  @Test
  void aPlanThatCannotBeRunAsWrittenIsRefusedWholeInOneLine() throws Exception {
    Map<String, String> plans = new HashMap<>();
    plans.put("group,action,contact_id\n1,keep,1\n1,merge,41\n2,keep,40\n2,merge,41\n",
        "plan.csv line 5: contact 41 is merged in group 2, and line 3 has it merged in group 1; a contact is in one "
            + "group only, kept or merged: remove one of the two rows");
    plans.put("group,action,contact_id\n1,keep,1\n1,merge,41\n2,keep,41\n2,merge,40\n",
        "plan.csv line 4: contact 41 is kept in group 2, and line 3 has it merged in group 1; a contact is in one "
            + "group only, kept or merged: remove one of the two rows");
    plans.put("group,action,contact_id\n1,keep,1\n1,merge,999\n",
        "contact 999 (plan.csv line 3) does not exist; remove its rows from the plan, or write a fresh one with "
            + "'contacts dedupe --plan-out'");
    plans.put("group,action,contact_id\n1,keep,1\n1,keep,41\n",
        "plan.csv: group 1 has 2 contacts to keep; mark exactly one contact of each group keep, the others merge");
    plans.put("group,action,contact_id\n1,keep,1\n1,delete,41\n",
        "plan.csv line 3: action 'delete' is neither keep nor merge; write keep for the contact that stays and "
            + "merge for those merged into it");
    int before = sandbox.requests().size();
    for (Map.Entry<String, String> p : plans.entrySet()) {
      Path plan = Files.writeString(dir.resolve("plan.csv"), p.getKey());
      Result r = run("contacts", "dedupe", "--plan", plan.toString(), "--yes");
      assertThat(r.code()).as(p.getKey()).isEqualTo(ExitCode.USAGE);
      assertThat(r.err()).isEqualTo("error: " + p.getValue() + "\n");
      Files.deleteIfExists(dir.resolve("plan.csv.journal"));
    }
    assertThat(changes(before)).isEmpty();
  }

  @Test
  void failedGroupsExitNineWithARejectsPlanThatRunsLater() throws Exception {
    Path plan = dir.resolve("plan.csv");
    assertThat(run("contacts", "dedupe", "--by", "email,phone", "--email-rules", "gmail", "--keep", "oldest",
        "--plan-out", plan.toString()).code()).isZero();
    HttpServer proxy = failingMergesOf(42);
    try {
      Map<String, String> viaProxy = new HashMap<>(env);
      viaProxy.put("INQUIRLY_URL", "http://127.0.0.1:" + proxy.getAddress().getPort());
      Result r = Cli.run(Cli.FAST, viaProxy, "", "contacts", "dedupe", "--plan", plan.toString(), "--yes");
      assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.PARTIAL);
      Path rejects = dir.resolve("plan.csv.rejects.csv");
      assertThat(r.err()).matches("Merged 1 contact into 2 in \\d+\\.\\d s\n1 group\\(s\\) failed: see "
          + java.util.regex.Pattern.quote(rejects + " (fix the cause, then run it: inquirly contacts dedupe --plan "
          + rejects + ")") + "\n");
      List<String> lines = Files.readAllLines(rejects);
      assertThat(lines).hasSize(3);
      assertThat(lines.get(0)).endsWith(",match,error");
      assertThat(lines.get(1)).startsWith("2,keep,40,").endsWith(",the survivor of a failed group");
      assertThat(lines.get(2)).startsWith("2,merge,42,").endsWith(",merging 42 into 40: 422 Unprocessable Entity from POST " + MERGE
          + ": the contact is locked");
    } finally {
      proxy.stop(0);
    }
    Result again = run("contacts", "dedupe", "--plan", dir.resolve("plan.csv.rejects.csv").toString(), "--yes");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).matches("Merged 1 contact into 1 in \\d+\\.\\d s\n");
  }

  /** Forwards to the sandbox, but answers 422 to merges of {@code mergee}. */
  HttpServer failingMergesOf(long mergee) throws Exception {
    HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    HttpClient client = HttpClient.newHttpClient();
    proxy.createContext("/", ex -> {
      byte[] body = ex.getRequestBody().readAllBytes();
      String text = new String(body, StandardCharsets.UTF_8);
      int status;
      byte[] answer;
      if (ex.getRequestURI().getPath().equals(MERGE) && text.contains("\"mergee_contact_id\":" + mergee)) {
        status = 422;
        answer = "{\"message\":\"the contact is locked\"}".getBytes(StandardCharsets.UTF_8);
      } else {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.url() + ex.getRequestURI().toString()))
            .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String h : List.of("api_access_token", "api-access-token", "Content-Type")) {
          String v = ex.getRequestHeaders().getFirst(h);
          if (v != null) {
            b.header(h, v);
          }
        }
        try {
          HttpResponse<byte[]> res = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
          status = res.statusCode();
          answer = res.body();
        } catch (InterruptedException e) {
          throw new java.io.IOException(e);
        }
      }
      ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      ex.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
      try (var out = ex.getResponseBody()) {
        out.write(answer);
      }
    });
    proxy.start();
    return proxy;
  }

  @Test
  void aKilledRunResumesWithoutMergingAnythingTwice() throws Exception {
    try (Sandbox slow = Sandbox.start(new SandboxOptions(0, 15, 0, 0, 0, false))) {
      slow.seedContacts(800);
      Map<String, String> slowEnv = Cli.env(slow);
      Path plan = dir.resolve("plan.csv");
      Result r = Cli.run(Cli.FAST, slowEnv, "", "contacts", "dedupe", "--by", "email,phone,name+company,name+city",
          "--email-rules", "gmail", "--plan-out", plan.toString(), "--concurrency", "8");
      assertThat(r.code()).as(r.err()).isZero();
      List<String> merges = Files.readAllLines(plan).stream().filter(l -> l.contains(",merge,")).toList();
      assertThat(merges).hasSizeGreaterThan(25);
      List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
          "io.inquirly.Main", "contacts", "dedupe", "--plan", plan.toString(), "--yes", "--concurrency", "1");
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(dir.resolve("child.log").toFile());
      pb.environment().putAll(slowEnv);
      Process child = pb.start();
      Path journal = dir.resolve("plan.csv.journal");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline && (!Files.exists(journal) || Files.readAllLines(journal).size() < 15)) {
        Thread.sleep(5);
      }
      child.destroyForcibly(); // kill -9: no hook runs, the journal may lack the last merge
      child.waitFor();
      assertThat(Files.readAllLines(journal).size()).as(Files.readString(dir.resolve("child.log")))
          .isBetween(15, merges.size() * 2);

      r = Cli.run(Cli.FAST, slowEnv, "", "contacts", "dedupe", "--plan", plan.toString(), "--yes");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.err()).contains("done by an earlier run");
      Map<String, Integer> landed = new HashMap<>();
      for (RecordedRequest q : slow.requests()) {
        if (q.path().equals(MERGE)) {
          assertThat(q.status()).isIn(200, 404); // 404: merged by the killed run, its answer not journaled
          if (q.status() == 200) {
            landed.merge(q.bodyText(), 1, Integer::sum);
          }
        }
      }
      assertThat(landed).hasSize(merges.size());
      assertThat(landed.values()).containsOnly(1);
    }
  }
}

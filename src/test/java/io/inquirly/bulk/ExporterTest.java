package io.inquirly.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.http.ApiException;
import io.inquirly.http.Failure;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export engine against an in-memory remote whose pages answer out of order. */
class ExporterTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @TempDir Path dir;

  /** {@code total} contacts, 15 a page; pages answer after a random delay, so they complete out of order. */
  static final class Pages extends NoRemote {
    final int total;
    final int failingPage;
    final Map<Integer, AtomicInteger> asked = new ConcurrentHashMap<>();

    Pages(int total, int failingPage) {
      this.total = total;
      this.failingPage = failingPage;
    }

    @Override
    public Page page(Query query, int page) {
      asked.computeIfAbsent(page, p -> new AtomicInteger()).incrementAndGet();
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (page == failingPage) {
        throw new ApiException(Failure.AUTHENTICATION, 401, "401 from GET: Invalid Access Token", null, null);
      }
      List<JsonNode> records = new ArrayList<>();
      for (int id = (page - 1) * 15 + 1; id <= Math.min(total, page * 15); id++) {
        records.add(contact(id));
      }
      return new Page(records, total, page * 15 < total);
    }

  }

  /**
   * Contact {@code id}: every one has custom {@code plan}; from id 40 (page 3) on, every 7th also has custom
   * {@code aardvark} and additional {@code zeta}, keys that sort before or after the header's.
   */
  static ObjectNode contact(int id) {
    ObjectNode c = NODES.objectNode();
    c.put("id", id);
    c.put("name", "P" + id);
    c.put("email", "p" + id + "@x.test");
    c.putNull("phone_number");
    c.putNull("identifier");
    ObjectNode additional = c.putObject("additional_attributes");
    additional.put("city", id % 2 == 0 ? "Oslo, Norway" : "");
    ObjectNode custom = c.putObject("custom_attributes");
    custom.put("plan", "p" + (id % 3));
    if (id >= 40 && id % 7 == 0) {
      custom.put("aardvark", id);
      additional.put("zeta", "z\"" + id);
    }
    c.putArray("contact_inboxes");
    return c;
  }

  static String expectedCsv(int total, boolean lateKeys) {
    StringBuilder sb = new StringBuilder("id,name,email,phone_number,identifier,company,city,country_code,"
        + (lateKeys ? "additional_attributes.zeta,custom_attributes.aardvark," : "") + "custom_attributes.plan\r\n");
    for (int id = 1; id <= total; id++) {
      boolean late = id >= 40 && id % 7 == 0;
      sb.append(id).append(",P").append(id).append(",p").append(id).append("@x.test,,,,")
          .append(id % 2 == 0 ? "\"Oslo, Norway\"" : "").append(',');
      if (lateKeys) {
        sb.append(',').append(late ? "\"z\"\"" + id + "\"" : "").append(',').append(late ? id : "");
      }
      sb.append(",p").append(id % 3).append("\r\n");
    }
    return sb.toString();
  }

  private Exporter exporter(Pages remote, Format format, Path output) {
    return new Exporter(new Exporter.Options(ContactsRemote.Query.all(), format, null, false, 4, output),
        remote);
  }

  @Test
  void keysFirstSeenOnLaterPagesGetSortedColumnsAndEveryPageIsAskedOnce() throws Exception {
    Pages remote = new Pages(200, 0);
    Path out = dir.resolve("all.csv");
    long n = exporter(remote, Format.CSV, out).run(new ByteArrayOutputStream());
    assertThat(n).isEqualTo(200);
    assertThat(Files.readString(out)).isEqualTo(expectedCsv(200, true));
    assertThat(remote.asked).hasSize(14).allSatisfy((page, times) -> assertThat(times.get()).isEqualTo(1));
    assertThat(dir.toFile().list()).containsExactly("all.csv");
  }

  @Test
  void keysAllOnThePageOneAreWrittenInOnePass() throws Exception {
    Path out = dir.resolve("first.csv");
    exporter(new Pages(39, 0), Format.CSV, out).run(new ByteArrayOutputStream());
    assertThat(Files.readString(out)).isEqualTo(expectedCsv(39, false));
  }

  @Test
  void stdoutGetsTheSameRowsAndNoTemporaryFileStays() throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    exporter(new Pages(100, 0), Format.CSV, null).run(stdout);
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo(expectedCsv(100, true));
  }

  @Test
  void jsonlKeepsPageOrder() throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    exporter(new Pages(95, 0), Format.JSONL, null).run(stdout);
    List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(95);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(lines.get(i)).startsWith("{\"id\":" + (i + 1) + ",\"name\":\"P" + (i + 1) + "\"");
    }
  }

  @Test
  void aPageThatFailsLeavesNoFile() {
    Path out = dir.resolve("broken.csv");
    assertThatThrownBy(() -> exporter(new Pages(300, 9), Format.CSV, out).run(new ByteArrayOutputStream()))
        .isInstanceOf(ApiException.class).hasMessage("401 from GET: Invalid Access Token");
    assertThat(dir.toFile().list()).isEmpty();
  }
}

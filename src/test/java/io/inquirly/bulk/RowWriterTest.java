package io.inquirly.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.bulk.Journal.Outcome;
import io.inquirly.http.ApiException;
import io.inquirly.http.Failure;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** One row written: what is sent, and which failures are the row's own (rejected) and which stop the import. */
class RowWriterTest {
  /** Answers creates and updates as the server would, or fails with {@code failure} when set. */
  static final class Remote extends ContactLookupTest.Asked {
    final List<String> sent = new ArrayList<>();
    ApiException failure;
    List<String> labels = List.of();

    @Override
    public JsonNode create(ObjectNode body, List<Draft.Key> keys) {
      sent.add("create " + body);
      fail();
      return body.deepCopy().put("id", 9);
    }

    @Override
    public JsonNode update(long id, ObjectNode body) {
      sent.add("update " + id + " " + body);
      fail();
      return body.deepCopy().put("id", id);
    }

    @Override
    public List<String> labels(long id) {
      sent.add("labels " + id);
      return labels;
    }

    @Override
    public void setLabels(long id, List<String> labels) {
      sent.add("set labels " + id + " " + labels);
    }

    @Override
    public void addToInbox(long id, long inboxId) {
      sent.add("add " + id + " to inbox " + inboxId);
    }

    private void fail() {
      if (failure != null) {
        throw failure;
      }
    }
  }

  private final Remote remote = new Remote();
  private final ContactIndex index = new ContactIndex(List.of("email"), null);

  private static Draft row(String email, List<String> labels) {
    return new Draft(4, email == null ? ContactLookupTest.NODES.objectNode().put("name", "N")
        : ContactLookupTest.NODES.objectNode().put("email", email), labels, null, email, null, null, new TreeMap<>());
  }

  @Test
  void aCreateSendsTheInboxAndLabelsAndIndexesTheContact() {
    RowWriter.Written w = new RowWriter(remote, index, 3L).write(row("a@x.test", List.of("vip")), RowPlan.CREATE, -1);
    assertThat(w).isEqualTo(new RowWriter.Written(Outcome.CREATED, 9, null));
    assertThat(remote.sent).containsExactly("create {\"email\":\"a@x.test\",\"inbox_id\":3}", "set labels 9 [vip]");
    assertThat(index.match(row("a@x.test", List.of()))).isEqualTo(9);
  }

  @Test
  void anUnchangedRowWithLabelsItHasSendsNothing() {
    remote.labels = List.of("vip", "old");
    RowWriter.Written w = new RowWriter(remote, index, null).write(row("a@x.test", List.of("vip")),
        RowPlan.UNCHANGED, 5);
    assertThat(w).isEqualTo(new RowWriter.Written(Outcome.UNCHANGED, 5, null));
    assertThat(remote.sent).containsExactly("labels 5");
  }

  @Test
  void theServersRefusalRejectsTheRowInItsOwnWords() {
    remote.failure = new ApiException(Failure.INVALID, 422, "422 from POST /x: Email is invalid", null, null);
    assertThat(new RowWriter(remote, index, null).write(row("a@x", List.of()), RowPlan.CREATE, -1))
        .isEqualTo(new RowWriter.Written(Outcome.REJECTED, -1, "Email is invalid"));
  }

  @Test
  void aContactDeletedDuringTheImportRejectsItsUpdate() {
    remote.failure = new ApiException(Failure.NOT_FOUND, 404, "404 from PATCH /x: not found", null, null);
    assertThat(new RowWriter(remote, index, null).write(row("a@x.test", List.of()), RowPlan.UPDATE, 5))
        .isEqualTo(new RowWriter.Written(Outcome.REJECTED, 5, "contact 5 was deleted during the import"));
  }

  @Test
  void aLostAnswerToACreateWithoutKeysIsRejectedNotRetried() {
    remote.failure = new ApiException(Failure.NETWORK, 0, "POST failed: timed out", null, null);
    RowWriter.Written w = new RowWriter(remote, index, null).write(row(null, List.of()), RowPlan.CREATE, -1);
    assertThat(w.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(w.error()).startsWith("the create failed without an answer (POST failed: timed out) and a contact "
        + "with no email, phone or identifier cannot be looked up");
  }

  @Test
  void otherFailuresAreNotTheRowsAndStopTheImport() {
    remote.failure = new ApiException(Failure.NETWORK, 0, "POST failed: timed out", null, null);
    assertThatThrownBy(() -> new RowWriter(remote, index, null).write(row("a@x.test", List.of()), RowPlan.CREATE,
        -1)).isSameAs(remote.failure);
    remote.failure = new ApiException(Failure.AUTHENTICATION, 401, "401 from PATCH /x: bad token", null, null);
    assertThatThrownBy(() -> new RowWriter(remote, index, null).write(row("a@x.test", List.of()), RowPlan.UPDATE,
        5)).isSameAs(remote.failure);
  }
}

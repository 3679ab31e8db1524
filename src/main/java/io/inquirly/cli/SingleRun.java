package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.Call;
import io.inquirly.api.Invoker;
import io.inquirly.api.Operation;
import io.inquirly.http.ApiRequest;
import io.inquirly.output.Output;
import io.inquirly.output.RecordSink;
import java.util.Map;

/** One request of an operation (or its handler), and its answer on the screen. */
final class SingleRun {
  private SingleRun() {}

  /** One request of the operation (or its handler) for these values, returning the answer body. */
  static JsonNode send(OperationOptions o, Invoker invoker, Map<String, Object> values, JsonNode body) {
    Operation op = o.op();
    if (op.handler() != null) {
      return op.handler().run(new Call(op, values, body, invoker));
    }
    ApiRequest request = invoker.request(op, values, body);
    if (op.result() == Operation.Result.LIST && o.page() != null) {
      request = request.withQuery("page", String.valueOf((int) o.page()));
    }
    return invoker.send(request);
  }

  /** Sends the request and shows the answer: a record, a list, a status line, or the raw body with --raw. */
  static int run(Session session, OperationOptions o, Invoker invoker) {
    JsonNode answer = send(o, invoker, o.values(), o.body());
    if (o.dryRun()) {
      return DryRun.done(session);
    }
    return render(session, session.output(), o, answer, session.options().raw());
  }

  private static int render(Session session, Output output, OperationOptions o, JsonNode body, boolean raw) {
    Operation op = o.op();
    Invoker.requireBody(op, body);
    JsonNode answer = o.reveal() ? body : Secrets.mask(body, session.knownSecrets());
    if (raw) {
      if (!answer.isMissingNode()) {
        output.raw(answer);
      }
      return ExitCode.OK;
    }
    switch (op.result()) {
      case LIST -> {
        try (RecordSink sink = output.list(op.columns())) {
          Invoker.records(op, answer).forEach(sink::add);
        }
      }
      case ONE -> {
        JsonNode record = Invoker.record(op, answer);
        GlobalOptions g = session.options();
        if (op.text() != null && g.output() == null && g.columns() == null && g.jq() == null
            && record.path(op.text()).isValueNode()) {
          session.io().out().println(record.path(op.text()).asText());
        } else {
          output.single(record, op.columns());
        }
      }
      case NONE -> {
        if (op.method().equals("DELETE")) {
          if (op.status() == null) {
            session.status("Deleted " + OperationCommand.target(op, o.values()) + ".");
          }
        } else if (!answer.isMissingNode()) {
          output.single(answer, op.columns());
        }
      }
    }
    if (op.status() != null) {
      String line = op.status().apply(o.values(), answer);
      if (line != null) {
        session.status(line);
      }
    }
    return ExitCode.OK;
  }
}

package io.inquirly.provision;

import static io.inquirly.provision.Kind.Type.BOOLEAN;
import static io.inquirly.provision.Kind.Type.INTEGER;
import static io.inquirly.provision.Kind.Type.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.api.EnterpriseApi;
import java.util.List;

/**
 * {@code kind: SlaPolicy} (Enterprise servers), by name: thresholds in seconds. The server keeps thresholds as
 * floats (3600.0); whole values are read back as integers so that a file's 3600 is unchanged. Not exported by
 * default: a Community server has no SLA API ({@code export --kinds SlaPolicy}).
 */
final class SlaPolicyKind extends SimpleKind {
  static final List<String> THRESHOLDS = List.of("first_response_time_threshold", "next_response_time_threshold",
      "resolution_time_threshold");

  SlaPolicyKind() {
    super("SlaPolicy", EnterpriseApi.SLA_CRUD, "name", "id");
    field("name", STRING).field("description", STRING);
    THRESHOLDS.forEach(f -> field(f, INTEGER));
    field("only_during_business_hours", BOOLEAN);
  }

  @Override
  public List<String> aliases() {
    return List.of("Sla", "SLA");
  }

  @Override
  public boolean exportedByDefault() {
    return false;
  }

  @Override
  protected ObjectNode state(JsonNode record) {
    ObjectNode o = super.state(record);
    for (String f : THRESHOLDS) {
      JsonNode v = o.get(f);
      if (v != null && v.isNumber() && v.asDouble() == Math.rint(v.asDouble())) {
        o.put(f, v.asLong());
      }
    }
    return o;
  }
}

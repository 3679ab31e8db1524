package io.inquirly.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.Operation;
import io.inquirly.api.Param;
import java.util.Map;

/**
 * What one run of an operation's command was given, read once from picocli ("complete"): the parameters' values
 * by name, the --data body and the generic switches. Each runner ({@link SingleRun}, {@link ListRun},
 * {@link ChartRun}, {@link Batch}, {@link DryRun}) reads only this, never picocli.
 *
 * @param values the parameters' values by name (mutable: names are resolved to ids in place)
 * @param body the --data body, or null
 * @param batchId the path id that may be given several times, or null
 * @param ids --ids as given (a comma list or -), or null
 * @param chart --chart's style, or null when not asked for
 * @param selection the records chosen by --where, --label, ... instead of ids, or null when none was given
 */
record OperationOptions(Operation op, Map<String, Object> values, JsonNode body, Param batchId, String ids,
    int concurrency, boolean dryRun, boolean yes, boolean reveal, Integer page, boolean all, Long limit,
    String chart, Selection selection) {

  /** The first page to fetch: --page, or 1. */
  int startPage() {
    return page == null ? 1 : page;
  }
}

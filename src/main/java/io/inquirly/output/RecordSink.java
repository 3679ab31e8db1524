package io.inquirly.output;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Receives the records of a list, possibly page by page, and renders them in the chosen format.
 * Streaming formats (json, jsonl, csv, ids, yaml) print each record as it arrives; table and --jq
 * buffer until {@link #close()}. Not thread-safe: one producer per sink.
 */
public interface RecordSink extends AutoCloseable {
  /** Adds one record (normally a JSON object). */
  void add(JsonNode record);

  /**
   * Finishes the document (closing bracket, buffered table, jq evaluation). Idempotent.
   *
   * @throws OutputException when the --jq expression fails at run time
   */
  @Override
  void close();

  /** Records added so far. */
  long count();
}

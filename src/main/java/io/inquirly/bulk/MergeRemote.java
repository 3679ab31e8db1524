package io.inquirly.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The contact operations {@code contacts dedupe} needs, implemented by the CLI with catalogue operations (so
 * retries, pacing and errors are those of every command); failures are {@link io.inquirly.http.ApiException}s.
 */
public interface MergeRemote {
  /** The contact as the server shows it, or null when it does not exist. */
  JsonNode show(long id);

  /** How many conversations the contact has. */
  int conversations(long id);

  /** The contact's labels, or null when the contact does not exist. */
  List<String> labels(long id);

  /** Replaces the contact's labels with exactly these. */
  void setLabels(long id, List<String> labels);

  /**
   * Merges {@code mergee} into {@code base} (the server deletes the mergee); false when the server knows no such
   * contact (merged already).
   */
  boolean merge(long base, long mergee);
}

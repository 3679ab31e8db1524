package io.inquirly.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How to render.
 *
 * @param format the output format; null means {@link Format#TABLE}
 * @param columns dotted column paths ({@code id,custom_attributes.plan,contact_inboxes.0.source_id});
 *     null (or empty / all blank) means the command's default columns. Entries are trimmed, blanks dropped.
 * @param jq a jq expression applied to the JSON form; null (or blank) means none
 * @param tty stdout is a terminal
 * @param color colours allowed (tty and no NO_COLOR and no --no-color, decided by the caller); only
 *     used for the bold table header on a TTY
 * @param width terminal columns (0 = unknown; negative is treated as 0)
 */
public record OutputOptions(
    Format format, List<String> columns, String jq, boolean tty, boolean color, int width) {

  public OutputOptions {
    format = format == null ? Format.TABLE : format;
    columns = normalise(columns);
    jq = jq == null || jq.isBlank() ? null : jq;
    width = Math.max(width, 0);
  }

  private static List<String> normalise(List<String> columns) {
    if (columns == null) {
      return null;
    }
    List<String> out = new ArrayList<>(columns.size());
    for (String c : columns) {
      if (c != null && !c.isBlank()) {
        out.add(c.trim());
      }
    }
    return out.isEmpty() ? null : Collections.unmodifiableList(out);
  }
}

package io.inquirly.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.inquirly.http.ApiException;
import io.inquirly.http.ApiRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Routes that answer a CSV report rather than JSON (CSAT and missed-SLA downloads, the conversations summary
 * and traffic reports): the CSV's rows become records keyed by its header row, so tables, {@code -o json} and
 * {@code -o csv} all work. Reports that start with a preamble (a period or time zone line of one or two cells,
 * then a blank line) have their header after the blank line; otherwise the header is the first row of more than
 * one cell. Rows of another width (blank lines, the period line at the end of the CSAT report) are left out.
 */
final class CsvRows {
  private CsvRows() {}

  static JsonNode rows(Call call) {
    ApiRequest request = call.request();
    String text;
    try {
      text = call.invoker().client().send(request).text(); // a GET: never a dry run
    } catch (ApiException e) {
      throw request.explained(e);
    }
    return records(parse(text));
  }

  static ArrayNode records(List<List<String>> rows) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    List<String> header = null;
    int blank = rows.indexOf(List.of());
    boolean preamble = blank >= 0 && blank <= 2 && rows.subList(0, blank).stream().allMatch(r -> r.size() <= 2);
    for (List<String> row : preamble ? rows.subList(blank + 1, rows.size()) : rows) {
      if (header == null) {
        if (row.size() > 1) {
          header = row;
        }
        continue;
      }
      if (row.size() != header.size()) {
        continue;
      }
      ObjectNode record = out.addObject();
      for (int i = 0; i < header.size(); i++) {
        record.put(header.get(i), row.get(i));
      }
    }
    return out;
  }

  /**
   * RFC 4180: commas, double quotes doubled inside quoted cells, CRLF or LF; a byte-order mark is dropped; a
   * blank line is an empty row.
   */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if ((c == ' ' || c == '\t') && !any && row.isEmpty()) {
        continue; // an ERB template's indentation before a line
      } else if (c == '"') {
        quoted = true;
        any = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || cell.length() > 0) {
          row.add(cell.toString());
        }
        rows.add(row); // a blank line is an empty row: it ends a report's preamble
        row = new ArrayList<>();
        cell.setLength(0);
        any = false;
      } else {
        cell.append(c);
        any = true;
      }
    }
    if (any || cell.length() > 0) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}

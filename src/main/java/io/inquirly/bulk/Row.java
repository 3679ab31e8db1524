package io.inquirly.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;

/**
 * One input record as read.
 *
 * @param number 1-based data row number (the CSV header is not counted; for JSONL the line number)
 * @param columns the original columns in file order (CSV cells are text nodes; JSONL keeps JSON types and
 *     nesting)
 */
public record Row(long number, LinkedHashMap<String, JsonNode> columns) {}

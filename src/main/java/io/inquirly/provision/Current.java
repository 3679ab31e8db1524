package io.inquirly.provision;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One resource as the server has it, in the file's field names (references by name, not id).
 *
 * @param key natural key, normalised like {@link Kind#key}
 * @param id what the API addresses it by (a number, or a portal's slug)
 * @param state the fields, as a file would declare them
 */
public record Current(String key, String id, ObjectNode state) {}

/** Renders records as table, json, jsonl, yaml, csv or ids, with --columns and --jq. */
package io.inquirly.output;

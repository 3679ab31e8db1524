package io.inquirly.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.inquirly.api.InvalidInput;
import io.inquirly.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns command-line text into JSON values: {@code --data}, {@code key=value} maps. */
public final class Values {
  private Values() {}

  /** {@code --data JSON}, {@code --data @file} or {@code --data @-} (stdin). */
  public static JsonNode data(String option, String text, InputStream stdin) {
    String json;
    String source;
    if (text.startsWith("@")) {
      String file = text.substring(1);
      source = file.equals("-") ? "stdin" : file;
      try {
        json = file.equals("-") ? new String(stdin.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
            : Files.readString(Path.of(file));
      } catch (NoSuchFileException e) {
        throw new InvalidInput(option + ": no such file " + file, "give @PATH to an existing JSON file");
      } catch (IOException e) {
        throw new InvalidInput(option + ": cannot read " + source + ": " + e.getMessage(), null);
      }
    } else {
      json = text;
      source = "the argument";
    }
    return parseJson(option, json, source);
  }

  public static JsonNode parseJson(String option, String json, String source) {
    if (json.isBlank()) {
      throw new InvalidInput(option + ": " + source + " is empty", "give a JSON object, e.g. '{\"name\":\"Ada\"}'");
    }
    try {
      return Json.parse(json);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new InvalidInput("invalid JSON in " + option + " (" + source + ")" + where + ": "
          + e.getOriginalMessage().split("\n")[0],
          "check the quoting: in a shell, wrap the JSON in single quotes");
    }
  }

  /** Repeated {@code key=value} (string) or {@code key:=json} (typed) into an ordered map. */
  public static Map<String, JsonNode> pairs(String option, List<String> items) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (String item : items) {
      int typed = item.indexOf(":=");
      int eq = item.indexOf('=');
      if (typed > 0 && typed < eq) {
        out.put(item.substring(0, typed), parseJson(option, item.substring(typed + 2), "'" + item + "'"));
      } else if (eq > 0) {
        out.put(item.substring(0, eq), Json.nodes().textNode(item.substring(eq + 1)));
      } else {
        throw new InvalidInput(option + " expects KEY=VALUE, got '" + item + "'",
            "e.g. " + option + " plan=pro, or " + option + " seats:=5 for a number");
      }
    }
    return out;
  }
}

package io.inquirly.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code emails} of {@code agents bulk-create}: from the option and a file, checked, deduplicated. */
final class AgentEmails {
  private AgentEmails() {}

  static Computed list(String option, String file) {
    return Computed.of("emails", values -> {
      List<String> emails = emails(values, option, file);
      if (emails == null) {
        return null;
      }
      ArrayNode a = JsonNodeFactory.instance.arrayNode();
      emails.forEach(a::add);
      return a;
    });
  }

  /** Null when neither option is given (--data may hold the list). */
  private static List<String> emails(Map<String, Object> values, String option, String file) {
    if (values.get(option) == null && values.get(file) == null) {
      return null;
    }
    List<String> words = new ArrayList<>(Admin.words(values.get(option)));
    if (values.get(file) != null) {
      Path path = Path.of(String.valueOf(values.get(file)));
      try {
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
          words.addAll(Admin.words(List.of(line)));
        }
      } catch (NoSuchFileException e) {
        throw new InvalidInput("no such file: " + path, "check the path given to --emails-file");
      } catch (IOException e) {
        throw new InvalidInput("cannot read " + path + ": " + e.getMessage(), "give a text file, one address a line");
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) {
      if (!w.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
        throw new InvalidInput("'" + w + "' is not an e-mail address", "give addresses such as mary@acme.test");
      }
      out.add(w);
    }
    if (out.isEmpty()) {
      throw new InvalidInput("no e-mail addresses given", "give --emails a@x.test,b@x.test or --emails-file FILE");
    }
    return new ArrayList<>(out);
  }
}

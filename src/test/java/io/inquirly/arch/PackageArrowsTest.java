package io.inquirly.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages' arrows point one way (docs/architecture.md): read from the import lines of the sources, so a
 * new arrow upwards (or into the sandbox, which shares nothing with the client side) fails here.
 */
class PackageArrowsTest {
  private static final Path SOURCES = Path.of("src/main/java/io/inquirly");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.inquirly\\.([a-z]+)\\.", Pattern.MULTILINE);

  private static final Pattern ROOT = Pattern.compile("^import (?:static )?io\\.inquirly\\.[A-Z]", Pattern.MULTILINE);

  /** What each package may import of ours (besides itself). */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "common", Set.of(),
      "http", Set.of("common"),
      "output", Set.of("common"),
      "api", Set.of("http", "common"),
      "config", Set.of("http", "common"),
      "bulk", Set.of("http", "common"),
      "provision", Set.of("api", "http", "common"),
      "sandbox", Set.of(),
      "cli", Set.of("api", "bulk", "config", "http", "output", "provision", "sandbox", "common"));

  @Test
  void everyArrowPointsDown() throws IOException {
    Map<String, Set<String>> wrong = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path relative = SOURCES.relativize(file);
        if (relative.getNameCount() < 2) {
          continue; // Main: the top, it may use anything
        }
        String pkg = relative.getName(0).toString();
        assertThat(ALLOWED).as("a new package %s: give it its arrows here and in docs/architecture.md", pkg)
            .containsKey(pkg);
        String text = Files.readString(file);
        // Train is a program of its own (make install runs it): it runs Main as the launcher would, to train the archives
        if (ROOT.matcher(text).find() && !relative.toString().equals("cli/Train.java")) {
          wrong.computeIfAbsent(relative + " -> the root package (Main's)", k -> new TreeSet<>());
        }
        Matcher m = IMPORT.matcher(text);
        while (m.find()) {
          String target = m.group(1);
          if (!target.equals(pkg) && !ALLOWED.get(pkg).contains(target)) {
            wrong.computeIfAbsent(relative + " -> " + target, k -> new TreeSet<>()).add(target);
          }
        }
      }
    }
    assertThat(wrong.keySet()).as("imports against the arrows").isEmpty();
  }
}

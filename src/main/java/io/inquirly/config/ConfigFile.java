package io.inquirly.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.inquirly.common.OutputFile;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The profiles file ({@code $XDG_CONFIG_HOME/inquirly/config.yaml}): written atomically with mode 0600,
 * since it holds tokens.
 */
public final class ConfigFile {
  /** The file's content. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Content(
      @JsonProperty("current_profile") String currentProfile,
      @JsonProperty("profiles") Map<String, Profile> profiles) {
    public Content {
      profiles = profiles == null ? new LinkedHashMap<>() : new LinkedHashMap<>(profiles);
    }
  }

  private final Path path;

  public ConfigFile(Path path) {
    this.path = path;
  }

  /** The config file's location for this environment: XDG_CONFIG_HOME, else ~/.config. */
  public static Path defaultPath(Map<String, String> env) {
    String explicit = env.get("INQUIRLY_CONFIG");
    if (explicit != null && !explicit.isEmpty()) {
      return Path.of(explicit);
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg)
        : Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".config");
    return base.resolve("inquirly").resolve("config.yaml");
  }

  public Path path() {
    return path;
  }

  public boolean exists() {
    return Files.exists(path);
  }

  private static ObjectMapper yaml() {
    return new ObjectMapper(new YAMLFactory()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** Reads the file; a missing file is an empty config. */
  public Content read() {
    if (!Files.exists(path)) {
      return new Content(null, null);
    }
    try {
      byte[] bytes = Files.readAllBytes(path);
      if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
        return new Content(null, null);
      }
      refuseAliases(bytes);
      Content c = yaml().readValue(bytes, Content.class);
      return c == null ? new Content(null, null) : c;
    } catch (JsonProcessingException e) {
      throw new ConfigException("config file " + path + where(e) + ": " + problem(e),
          "fix that line, or delete the file and run 'inquirly auth login'");
    } catch (java.io.CharConversionException e) {
      throw new ConfigException("config file " + path + ": is not UTF-8 text",
          "save it as UTF-8, or delete it and run 'inquirly auth login'");
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + path + ": " + e.getMessage(),
          "check the file's permissions");
    }
  }

  /**
   * Jackson reads a YAML alias (*name) as the string "name": a token or URL would silently become the anchor's
   * name. Aliases have no use in this small file, so they are refused at their place.
   */
  private void refuseAliases(byte[] bytes) throws IOException {
    try (com.fasterxml.jackson.dataformat.yaml.YAMLParser p =
        (com.fasterxml.jackson.dataformat.yaml.YAMLParser) new YAMLFactory().createParser(bytes)) {
      while (p.nextToken() != null) {
        if (p.isCurrentAlias()) {
          com.fasterxml.jackson.core.JsonLocation at = p.currentTokenLocation();
          throw new ConfigException("config file " + path + ":" + at.getLineNr() + ":" + at.getColumnNr()
              + ": YAML aliases (*" + p.getText() + ") are not supported", "write the value out");
        }
      }
    }
  }

  /** ":LINE:COLUMN" of a parse failure, or "". */
  private static String where(JsonProcessingException e) {
    com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
    return at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + Math.max(1, at.getColumnNr());
  }

  /**
   * What is wrong, in one line and in the file's own terms: Jackson's and SnakeYAML's messages run over several
   * lines (carets, Java type names) that mean nothing to the person editing the file.
   */
  private static String problem(JsonProcessingException e) {
    String at = path(e);
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
      return "unknown key '" + u.getPropertyName() + "'" + (at.contains(".") ? " in " + parent(at) : "")
          + "; keys are " + (at.startsWith("profiles.") ? String.join(", ", Profile.KEYS)
              : "current_profile, profiles");
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
      String expected = at.isEmpty() ? "the file must be a mapping (current_profile:, profiles:)"
          : at.equals("profiles") ? "'profiles' must map profile names to their settings"
          : at.startsWith("profiles.") && !at.substring(9).contains(".")
              ? "profile '" + at.substring(9) + "' must be a mapping of settings (url:, token:, ...)"
          : "'" + at + "' must be a single value";
      return expected;
    }
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (m.contains("Invalid UTF-8") || e.getCause() instanceof java.io.CharConversionException) {
      return "is not UTF-8 text";
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException y && y.getProblem() != null) {
        return "not valid YAML (" + y.getProblem().strip() + "; check the indentation and the colons)";
      }
    }
    String first = m.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("^")
        && !l.startsWith("in 'reader'")).findFirst().orElse("");
    return "not valid YAML" + (first.isEmpty() ? "" : " (" + first + ")");
  }

  /** The dotted key path of a failure (profiles.work.token), or "". */
  private static String path(JsonProcessingException e) {
    if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException jm)) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : jm.getPath()) {
      if (r.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
      }
    }
    return sb.toString();
  }

  private static String parent(String dotted) {
    return dotted.substring(0, dotted.lastIndexOf('.'));
  }

  /** Whether the file can be read by others than its owner (it holds tokens). */
  public boolean tooOpen() {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(path);
      return perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Writes the whole file atomically (temp file with mode 0600, then rename). */
  public void write(Content content) {
    if (!OutputFile.replacedWhole(path)) {
      // INQUIRLY_CONFIG=/dev/null reads as an empty file, but renaming over it would replace the device
      throw new ConfigException("the config file " + path + " is not a regular file, so it cannot be written",
          "point INQUIRLY_CONFIG at a file, or pass the settings as flags or INQUIRLY_* variables");
    }
    try {
      Path dir = path.toAbsolutePath().getParent();
      if (!Files.exists(dir)) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      Path tmp = Files.createTempFile(dir, ".config-", ".tmp",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try {
        Files.write(tmp, yaml().writeValueAsBytes(content));
        try {
          Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new ConfigException("cannot write config file " + path + ": " + e.getMessage(),
          "check that the directory is writable");
    }
  }
}

package io.inquirly.cli;

import io.inquirly.Main;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The training runs for the start-up archives ('make install'): the JVM records the classes a typical run loads
 * (parsing, catalogue, HTTP, JSON, output, errors) while this runs real commands against a sandbox; a second,
 * smaller archive holds only what help and version output load. Not a user command.
 *
 * <p>The sandbox runs in a child JVM: every class in the archive is paid for by every start (JDK 25 loads an
 * AOT cache's classes eagerly; JDK 17 relocates the whole archive), so the server's classes must not be in it.
 */
public final class Train {
  private Train() {}

  /** The runs whose classes go into the main archive: the common requests and output formats, an error. */
  static final String[][] RUNS = {
      {"contacts", "show", "1"}, {"contacts", "list"}, {"contacts", "list", "-o", "json"},
      {"contacts", "list", "-o", "ids"}, {"contacts", "list", "-o", "csv"},
      {"contacts", "show", "424242"}, {"contacts", "create", "--name", "Training", "--dry-run"},
      {"conversations", "list"}, {"inboxes", "list"}, {"profile", "show"},
  };

  /** The runs for the help archive, which the launcher picks for --help, -h, help, --version and no arguments. */
  static final String[][] HELP_RUNS = {
      {"--help"}, {"--version"}, {"contacts", "--help"}, {"contacts", "create", "--help"},
  };

  /** {@code Train [help]}: the main archive's runs against a sandbox, or with "help" the help archive's runs. */
  public static void main(String[] args) throws Exception {
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
    Map<String, String> env = new HashMap<>();
    env.put("INQUIRLY_CONFIG", "/nonexistent/inquirly-training.yaml");
    if (args.length > 0 && args[0].equals("help")) {
      run(HELP_RUNS, env, discard);
      return;
    }
    Process sandbox = startSandbox();
    try {
      env.putAll(readExports(sandbox));
      run(RUNS, env, discard);
    } finally {
      sandbox.destroy();
      if (!sandbox.waitFor(5, TimeUnit.SECONDS)) {
        sandbox.destroyForcibly();
      }
    }
  }

  private static void run(String[][] runs, Map<String, String> env, PrintStream discard) {
    for (String[] run : runs) {
      int code = Main.run(run, Io.of(new ByteArrayInputStream(new byte[0]), discard, discard, env));
      Main.mustExit(code); // what main does next, so that its classes are in the archive too
    }
  }

  /** 'inquirly sandbox' with the demo data, in a JVM of its own (same java, same class path, no archive flags). */
  private static Process startSandbox() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "sandbox"))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** The sandbox's "export NAME=value" lines, up to the account id (the last one the runs need). */
  private static Map<String, String> readExports(Process sandbox) throws IOException {
    Map<String, String> env = new HashMap<>();
    BufferedReader lines = new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = lines.readLine()) != null; ) {
      if (line.startsWith("export ") && line.indexOf('=') > 0) {
        env.put(line.substring(7, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
      }
      if (env.containsKey("INQUIRLY_URL") && env.containsKey("INQUIRLY_TOKEN") && env.containsKey("INQUIRLY_ACCOUNT_ID")) {
        return env;
      }
    }
    throw new IOException("the training sandbox exited before printing its address");
  }
}

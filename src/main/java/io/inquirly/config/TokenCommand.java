package io.inquirly.config;

import io.inquirly.http.ApiException;
import io.inquirly.http.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A profile's {@code token_command}: a shell command whose standard output is the access token (like AWS
 * {@code credential_process} or kubectl's exec plugins), run once, the first time the token is needed. Its output is
 * never logged or shown; a failure is one line (exit 3) naming the command, its exit status and the first line of
 * what it said on stderr.
 */
public final class TokenCommand {
  /** How long the command may take (a password manager may be asking for its passphrase). */
  static final long TIMEOUT_SECONDS = 120;

  private final String command;
  private final String origin;
  private final Map<String, String> env;
  private final List<Consumer<String>> listeners = new ArrayList<>();
  private String token;

  TokenCommand(String command, String origin, Map<String, String> env) {
    this.command = command;
    this.origin = origin;
    this.env = env;
  }

  public String command() {
    return command;
  }

  /** Told the token once it is known (so that it is masked wherever it could be printed). */
  public synchronized void onToken(Consumer<String> listener) {
    if (token != null) {
      listener.accept(token);
    }
    listeners.add(listener);
  }

  /** The token, running the command the first time. */
  public synchronized String token() {
    if (token == null) {
      token = run();
      listeners.forEach(l -> l.accept(token));
    }
    return token;
  }

  private String run() {
    ProcessBuilder pb = new ProcessBuilder(shell());
    pb.environment().putAll(env);
    pb.redirectInput(ProcessBuilder.Redirect.PIPE);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw failed("cannot be started: " + e.getMessage());
    }
    try {
      p.getOutputStream().close();
      CompletableFuture<byte[]> out = drain(p.getInputStream());
      CompletableFuture<byte[]> err = drain(p.getErrorStream());
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw failed("did not finish within " + TIMEOUT_SECONDS + " s");
      }
      String stdout = new String(out.join(), StandardCharsets.UTF_8).strip();
      if (p.exitValue() != 0) {
        String said = firstLine(new String(err.join(), StandardCharsets.UTF_8));
        throw failed("exited with status " + p.exitValue() + (said.isEmpty() ? "" : ": " + said));
      }
      if (stdout.isEmpty()) {
        throw failed("printed no token");
      }
      if (stdout.contains("\n")) {
        throw failed("printed several lines; it must print the token alone");
      }
      return stdout;
    } catch (IOException e) {
      p.destroyForcibly();
      throw failed("failed: " + e.getMessage());
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw failed("was interrupted");
    }
  }

  private List<String> shell() {
    boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    return windows ? List.of("cmd", "/c", command) : List.of("/bin/sh", "-c", command);
  }

  private static CompletableFuture<byte[]> drain(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try (in) {
        return in.readNBytes(64 * 1024);
      } catch (IOException e) {
        return new byte[0];
      }
    });
  }

  private static String firstLine(String text) {
    for (String line : text.split("\\R")) {
      if (!line.isBlank()) {
        String l = line.strip();
        return l.length() > 200 ? l.substring(0, 200) + "…" : l;
      }
    }
    return "";
  }

  private ApiException failed(String why) {
    return new ApiException(Failure.AUTHENTICATION, 0, "token_command (" + origin + ") " + why,
        "check that '" + command + "' prints the access token on its own, or set INQUIRLY_TOKEN", null);
  }
}

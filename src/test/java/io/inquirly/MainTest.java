package io.inquirly;

import static com.github.stefanbirkner.systemlambda.SystemLambda.catchSystemExit;
import static com.github.stefanbirkner.systemlambda.SystemLambda.tapSystemErr;
import static com.github.stefanbirkner.systemlambda.SystemLambda.tapSystemOut;
import static com.github.stefanbirkner.systemlambda.SystemLambda.withEnvironmentVariable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.inquirly.testing.SandboxServer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Main as the JVM runs it: the real process environment, System.out/err, and System.exit's code. */
class MainTest {
  @RegisterExtension static final SandboxServer server = new SandboxServer();

  @Test
  void readsTheProcessEnvironmentAndWritesToSystemOut() throws Exception {
    AtomicInteger code = new AtomicInteger(-1);
    String out = withEnvironmentVariable("INQUIRLY_URL", server.sandbox().url().toString())
        .and("INQUIRLY_TOKEN", server.sandbox().adminToken())
        .and("INQUIRLY_ACCOUNT_ID", "1")
        .and("INQUIRLY_PROFILE", null)
        .and("INQUIRLY_CONFIG", server.home().resolve("none.yaml").toString())
        .execute(() -> tapSystemOut(() -> code.set(Main.run(new String[] {"inboxes", "show", "1", "-o", "ids"},
            System.out, System.err))));
    assertThat(code.get()).isZero();
    assertThat(out).isEqualTo("1\n");
  }

  @Test
  void exitsWithTheDocumentedCode() throws Exception {
    // system-lambda's exit capture needs a Security Manager, which JDK 18+ refuses by default
    assumeTrue(Runtime.version().feature() < 18, "needs a Security Manager (JDK 17)");
    String[] err = new String[1];
    int status = withEnvironmentVariable("INQUIRLY_URL", server.sandbox().url().toString())
        .and("INQUIRLY_TOKEN", server.sandbox().adminToken())
        .and("INQUIRLY_ACCOUNT_ID", "1")
        .and("INQUIRLY_CONFIG", server.home().resolve("none.yaml").toString())
        .execute(() -> catchSystemExit(() -> err[0] = tapSystemErr(() ->
            Main.main(new String[] {"contacts", "show", "31337"}))));
    assertThat(status).isEqualTo(4);
  }

  @Test
  void successEndsByReturningUnlessAnotherThreadWouldKeepTheJvmAlive() throws Exception {
    // a fresh JVM (only daemon threads besides main): returning from main ends it, with status 0
    Process fresh = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ExitProbe.class.getName()).redirectErrorStream(true).start();
    assertThat(new String(fresh.getInputStream().readAllBytes()).strip()).isEqualTo("0:false 4:true");
    assertThat(fresh.waitFor()).isZero();

    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    Thread lingering = new Thread(() -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "lingering");
    lingering.start();
    try {
      assertThat(Main.mustExit(0)).isTrue();
    } finally {
      release.countDown();
      lingering.join();
    }
  }

  /** Prints Main.mustExit for 0 and 4 from a JVM of its own. */
  static final class ExitProbe {
    public static void main(String[] args) {
      System.out.println("0:" + Main.mustExit(0) + " 4:" + Main.mustExit(4));
    }
  }
}

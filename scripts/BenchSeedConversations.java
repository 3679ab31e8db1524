import io.inquirly.Main;
import io.inquirly.cli.Io;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For bench-bulk: N conversations with the custom attribute bench=TAG in inbox 1 of the sandbox named by the
 * INQUIRLY_* environment, made with the CLI's own commands in one JVM (N separate starts would dominate).
 * {@code java -cp target/inquirly.jar scripts/BenchSeedConversations.java N TAG}
 */
public class BenchSeedConversations {
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    String tag = args[1];
    String contact = run("contacts", "create", "--name", "Bench " + tag, "--email", tag + "@bench.test", "-o", "ids")
        .strip();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    AtomicInteger failed = new AtomicInteger();
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      done.add(pool.submit(() -> {
        if (run("conversations", "create", "--inbox", "1", "--contact", contact, "--attr", "bench=" + tag, "-o", "ids")
            .isBlank()) {
          failed.incrementAndGet();
        }
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    if (failed.get() > 0) {
      System.err.println("bench: " + failed.get() + " conversations were not created");
      System.exit(1);
    }
  }

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
    Main.run(args, Io.of(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        discard, System.getenv()));
    return out.toString(StandardCharsets.UTF_8);
  }
}

import io.inquirly.http.ApiClient;
import io.inquirly.http.ApiRequest;
import io.inquirly.http.HttpSettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The measured ceiling of this machine for the benchmark: THREADS threads sending bare GETs through the same
 * ApiClient the CLI uses, with no bulk logic at all. Run in source mode: java -cp inquirly.jar BenchCeiling.java
 * THREADS N [PATH]. The start-up benchmark also uses it to warm the sandbox's JIT on the path it measures.
 */
public class BenchCeiling {
  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    int n = Integer.parseInt(args[1]);
    String path = args.length > 2 ? args[2] : "/api/v1/profile";
    String token = System.getenv("INQUIRLY_TOKEN");
    ApiClient client = new ApiClient(URI.create(System.getenv("INQUIRLY_URL")), HttpSettings.defaults(System.err),
        List.of(token));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int warm = 0; warm < 2; warm++) {
      long t0 = System.nanoTime();
      List<Future<?>> all = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        all.add(pool.submit(() -> {
          for (int i = 0; i < n / threads; i++) {
            client.send(ApiRequest.get(path, token));
          }
          return null;
        }));
      }
      for (Future<?> f : all) {
        f.get();
      }
      if (warm == 1) {
        System.out.printf("%.0f%n", n / ((System.nanoTime() - t0) / 1e9));
      }
    }
    pool.shutdown();
    client.close();
  }
}

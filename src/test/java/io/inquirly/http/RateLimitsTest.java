package io.inquirly.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.inquirly.http.RateLimits.Route;
import org.junit.jupiter.api.Test;

/** The pieces of the rate-limit policy that need no server: which limit a path counts in, and header values. */
class RateLimitsTest {
  @Test
  void routesFollowRackAttacksPathRules() {
    assertThat(Route.of("/api/v1/accounts/12/contacts/search")).isEqualTo(Route.CONTACT_SEARCH);
    assertThat(Route.of("/api/v1/accounts/12/contacts/search.json")).isEqualTo(Route.CONTACT_SEARCH);
    assertThat(Route.of("/api/v2/accounts/3/reports/summary")).isEqualTo(Route.REPORTS);
    assertThat(Route.of("/api/v2/accounts/3/reports")).isEqualTo(Route.REPORTS);
    assertThat(Route.of("/api/v1/accounts/12/contacts")).isEqualTo(Route.ALL);
    assertThat(Route.of("/api/v1/accounts/x/contacts/search")).isEqualTo(Route.ALL);
    assertThat(Route.of("/api/v1/accounts/12/conversations/search")).isEqualTo(Route.ALL);
    assertThat(Route.of("/api/v1/accounts/3/reports/summary")).isEqualTo(Route.ALL); // v1 reports: no limit
  }

  @Test
  void retryAfterInSecondsOrAsADateAndAbsurdValuesAsAbsent() {
    long now = HttpDates.parse("Sun, 06 Dec 2026 14:00:00 GMT");
    assertThat(RateLimits.retryAfterMillis("7", now)).isEqualTo(7000);
    assertThat(RateLimits.retryAfterMillis(" 0 ", now)).isZero();
    assertThat(RateLimits.retryAfterMillis("Sun, 06 Dec 2026 14:00:30 GMT", now)).isEqualTo(30_000);
    assertThat(RateLimits.retryAfterMillis("Sun, 06 Dec 2026 13:59:00 GMT", now)).isZero(); // in the past
    assertThat(RateLimits.retryAfterMillis("3600", now)).isEqualTo(3_600_000); // long, but a server may mean it
    assertThat(RateLimits.retryAfterMillis("99999999999", now)).isEqualTo(-1);
    assertThat(RateLimits.retryAfterMillis("90000", now)).isEqualTo(-1); // over a day
    assertThat(RateLimits.retryAfterMillis("-5", now)).isEqualTo(-1);
    assertThat(RateLimits.retryAfterMillis("soon", now)).isEqualTo(-1);
    assertThat(RateLimits.retryAfterMillis(null, now)).isEqualTo(-1);
  }

  @Test
  void httpDatesReadByPositionAgreeWithJavaTime() {
    assertThat(HttpDates.parse("Sun, 06 Dec 2026 14:03:09 GMT"))
        .isEqualTo(java.time.Instant.parse("2026-12-06T14:03:09Z").toEpochMilli());
    assertThat(HttpDates.parse("Thu, 01 Jan 1970 00:00:00 GMT")).isZero();
    assertThat(HttpDates.parse("Sunday, 06-Dec-26 14:03:09 GMT")).isEqualTo(-1);
    assertThat(HttpDates.parse("Sun, 06 Foo 2026 14:03:09 GMT")).isEqualTo(-1);
  }

  @Test
  void theServerClockIsBoundedByEveryAnswer() {
    ServerClock clock = new ServerClock();
    assertThat(clock.localWhenServerReaches(5000)).isEqualTo(5000); // no Date seen: our own clock
    // the server is 10 s ahead: Date 10:00:10 stamped between local 10:00:00.2 and 10:00:00.3
    long local = HttpDates.parse("Sun, 06 Dec 2026 10:00:00 GMT");
    clock.observe("Sun, 06 Dec 2026 10:00:10 GMT", local + 200, local + 300);
    // offset in (9.7 s, 10.8 s): waiting for server 10:01:00 must not end before local 10:00:50.3
    assertThat(clock.localWhenServerReaches(local + 60_000)).isEqualTo(local + 50_300);
    clock.observe("Sun, 06 Dec 2026 10:00:11 GMT", local + 1250, local + 1260); // narrows the low bound
    assertThat(clock.localWhenServerReaches(local + 60_000)).isEqualTo(local + 50_260);
  }

  @Test
  void waitsReadLikePeopleSayThem() {
    assertThat(Durations.format(850)).isEqualTo("850 ms");
    assertThat(Durations.format(37_200)).isEqualTo("37 s");
    assertThat(Durations.format(200_000)).isEqualTo("3m 20s");
    assertThat(Durations.format(180_000)).isEqualTo("3m");
    assertThat(Durations.format(3_900_000)).isEqualTo("1h 5m");
  }
}

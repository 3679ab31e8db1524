package io.inquirly.http;

/**
 * The server's clock as seen through the {@code Date} header of its answers. Rack::Attack counts requests in
 * windows aligned to the server's own clock ({@code Time.now.to_i / period}), so when a window resets is a
 * question about that clock, not ours.
 *
 * <p>A Date header has one-second resolution and was stamped somewhere between sending and receiving, so each
 * answer bounds the offset (server minus local): {@code date - received <= offset < date + 1 s - sent}. The
 * bounds of every answer are intersected, which narrows the interval to about one round trip. Waiting for a
 * server instant uses the lower bound, so we never resume before the server's clock has got there.
 */
final class ServerClock {
  private long low = Long.MIN_VALUE;
  private long high = Long.MAX_VALUE;
  private String lastDate;
  private long lastDateMillis;

  /** Learns from one answer's Date header (ignored when absent or unreadable). */
  synchronized void observe(String date, long sentMillis, long receivedMillis) {
    if (date == null) {
      return;
    }
    long serverMillis;
    if (date.equals(lastDate)) {
      serverMillis = lastDateMillis;
    } else {
      serverMillis = HttpDates.parse(date);
      if (serverMillis < 0) {
        return;
      }
      lastDate = date;
      lastDateMillis = serverMillis;
    }
    long lo = serverMillis - receivedMillis;
    long hi = serverMillis + 1000 - sentMillis;
    if (lo > high || hi < low) {
      // the server's clock jumped (or a different host answered): start over from this answer
      low = lo;
      high = hi;
      return;
    }
    low = Math.max(low, lo);
    high = Math.min(high, hi);
  }

  /** The server's time now, best estimate (our clock when no Date was seen). */
  synchronized long nowMillis(long localMillis) {
    if (low == Long.MIN_VALUE) {
      return localMillis;
    }
    return localMillis + (high == Long.MAX_VALUE ? low : low + (high - low) / 2);
  }

  /** The local time by which the server's clock has surely reached {@code serverMillis}. */
  synchronized long localWhenServerReaches(long serverMillis) {
    return low == Long.MIN_VALUE ? serverMillis : serverMillis - low;
  }
}

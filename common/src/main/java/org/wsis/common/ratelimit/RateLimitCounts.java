package org.wsis.common.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;

/**
 * Where {@link RateLimiter} counts: per key, the window it is in and the calls counted in it. A key's
 * window opens at its first call after the previous window ended. In production the service's database
 * ({@link RateLimitTable}), shared by its instances.
 */
public interface RateLimitCounts {

    /** A key's current window: when it opened (epoch milliseconds) and the calls counted in it so far. */
    record Window(long startMillis, int hits) {
    }

    /**
     * Adds each key's calls to its current window, or opens a new window at {@code now} for a key whose
     * window ended ({@code start + window <= now}) or that has none; in the caller's transaction.
     *
     * @param hits calls per key (a hex string), in key order: every instance locks rows in that one order
     * @return each key's window after the addition
     */
    Map<String, Window> add(Instant now, Duration window, SortedMap<String, Integer> hits);

    /** Forgets the windows that opened before the cutoff, in a transaction of its own. */
    void deleteOpenedBefore(Instant cutoff);

    /** Forgets every count (every key starts a fresh window), in a transaction of its own. */
    void clear();
}

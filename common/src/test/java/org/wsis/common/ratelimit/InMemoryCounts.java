package org.wsis.common.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;

/** {@link RateLimitCounts} in memory, with the table's rule: for the limiter's tests without a database. */
final class InMemoryCounts implements RateLimitCounts {

    private final Map<String, Window> windows = new HashMap<>();

    @Override
    public synchronized Map<String, Window> add(Instant now, Duration window, SortedMap<String, Integer> hits) {
        Map<String, Window> after = new HashMap<>();
        hits.forEach((key, count) -> {
            Window current = windows.get(key);
            Window next = current == null || current.startMillis() + window.toMillis() <= now.toEpochMilli()
                    ? new Window(now.toEpochMilli(), count)
                    : new Window(current.startMillis(), current.hits() + count);
            windows.put(key, next);
            after.put(key, next);
        });
        return after;
    }

    @Override
    public synchronized void deleteOpenedBefore(Instant cutoff) {
        windows.values().removeIf(w -> w.startMillis() < cutoff.toEpochMilli());
    }

    @Override
    public synchronized void clear() {
        windows.clear();
    }

    synchronized int size() {
        return windows.size();
    }
}

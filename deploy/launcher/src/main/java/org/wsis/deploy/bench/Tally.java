package org.wsis.deploy.bench;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * The outcome of every request of one run, by its index: the HTTP status (or a client-side
 * {@link Outcome} code), the latency from when it was due, and the latency from when it was written
 * on a connection. Filled by the load generator's single event-loop thread, read once the run is over.
 */
final class Tally {

    static final IntPredicate SUCCESSFUL = status -> status / 100 == 2;

    private final IntPredicate accepted;
    private final double offeredPerSecond;
    private short[] codes;
    private long[] fromDueMicros;
    private long[] fromSentMicros;
    private int size;
    private long startNanos;
    private long endNanos;
    private long loadGeneratorCpuNanos = -1;

    /** {@code accepted}: the statuses that count as served (2xx, or 304 for conditional reads). */
    Tally(int expected, double offeredPerSecond, IntPredicate accepted) {
        this.accepted = accepted;
        this.offeredPerSecond = offeredPerSecond;
        int capacity = Math.max(16, expected);
        codes = new short[capacity];
        fromDueMicros = new long[capacity];
        fromSentMicros = new long[capacity];
    }

    void started(long nanos) {
        startNanos = nanos;
    }

    void ended(long nanos) {
        endNanos = nanos;
    }

    void loadGeneratorCpuNanos(long nanos) {
        loadGeneratorCpuNanos = nanos;
    }

    /** A server's answer, {@code fromSentMicros} after the request was written. */
    void answered(int index, int status, long fromDueMicros, long fromSentMicros) {
        record(index, status, fromDueMicros, fromSentMicros);
    }

    /** No answer: {@code code} is one of the negative {@link Outcome} codes. */
    void failed(int index, int code, long fromDueMicros) {
        record(index, code, fromDueMicros, -1);
    }

    private void record(int index, int code, long fromDue, long fromSent) {
        if (index >= codes.length) {
            int capacity = Math.max(index + 1, codes.length * 2);
            codes = Arrays.copyOf(codes, capacity);
            fromDueMicros = Arrays.copyOf(fromDueMicros, capacity);
            fromSentMicros = Arrays.copyOf(fromSentMicros, capacity);
        }
        codes[index] = (short) code;
        fromDueMicros[index] = fromDue;
        fromSentMicros[index] = fromSent;
        size = Math.max(size, index + 1);
    }

    int requests() {
        return size;
    }

    boolean isAccepted(int index) {
        return index < size && codes[index] > 0 && accepted.test(codes[index]);
    }

    int acceptedCount() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            n += isAccepted(i) ? 1 : 0;
        }
        return n;
    }

    /** Seconds from the first request's due time to the last answer. */
    double seconds() {
        return Math.max(1e-9, (endNanos - startNanos) / 1e9);
    }

    double achievedPerSecond() {
        return acceptedCount() / seconds();
    }

    long count(Outcome outcome) {
        long n = 0;
        for (int i = 0; i < size; i++) {
            n += Outcome.of(codes[i]) == outcome ? 1 : 0;
        }
        return n;
    }

    Map<Outcome, Long> byOutcome() {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0L);
        }
        for (int i = 0; i < size; i++) {
            counts.merge(Outcome.of(codes[i]), 1L, Long::sum);
        }
        return counts;
    }

    /** Latency of the accepted answers from when each request was due (open model). */
    Percentiles acceptedLatency() {
        return acceptedPercentiles(fromDueMicros);
    }

    /** Latency of the accepted answers from when each request was written on a connection. */
    Percentiles acceptedServiceLatency() {
        return acceptedPercentiles(fromSentMicros);
    }

    private Percentiles acceptedPercentiles(long[] micros) {
        long[] values = new long[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (isAccepted(i)) {
                values[n++] = micros[i];
            }
        }
        return Percentiles.of(values, n, 1000);
    }

    /** The load generator's own CPU per request, in ms (-1 when not measured). */
    double loadGeneratorCpuMsPerRequest() {
        return loadGeneratorCpuNanos < 0 || size == 0 ? -1 : Math.round(loadGeneratorCpuNanos / 1e3 / size) / 1000.0;
    }

    Map<String, Object> describe() {
        Map<String, Object> figures = new LinkedHashMap<>();
        if (offeredPerSecond > 0) {
            figures.put("offeredPerSecond", Math.round(offeredPerSecond));
        }
        figures.put("requests", size);
        figures.put("accepted", acceptedCount());
        figures.put("seconds", Percentiles.round(seconds()));
        figures.put("achievedPerSecond", Math.round(achievedPerSecond()));
        figures.put("notAccepted", size - acceptedCount());
        Map<String, Long> answers = new LinkedHashMap<>();
        byOutcome().forEach((outcome, n) -> answers.put(outcome.key(), n));
        figures.put("answers", answers);
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            if (codes[i] > 0) {
                statuses.merge((int) codes[i], 1, Integer::sum);
            }
        }
        figures.put("byStatus", statuses);
        figures.put("latencyMs", acceptedLatency().toMap());
        figures.put("sentToAnswerMs", acceptedServiceLatency().toMap());
        figures.put("loadGeneratorCpuMsPerRequest", loadGeneratorCpuMsPerRequest());
        return figures;
    }
}

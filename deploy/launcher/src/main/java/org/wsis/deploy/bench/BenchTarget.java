package org.wsis.deploy.bench;

/**
 * Every figure the benchmark is judged on, with its target. A scenario that did not run leaves its
 * figures unmeasured; the summary still lists them, as "not measured".
 */
enum BenchTarget {
    VOTES_ACHIEVED("votes achieved per second (2,000/s offered for 30 s)", Comparison.AT_LEAST, 1950, "/s"),
    VOTES_NOT_ACCEPTED("votes of rate x seconds not accepted (not 2xx, timeouts, not sent, not offered)", Comparison.AT_MOST, 0, ""),
    VOTES_P99("votes: p99 latency from due time", Comparison.BELOW, 100, "ms"),
    VOTE_TO_KAFKA_P99("vote -> vote.cast on Kafka: p99", Comparison.BELOW, 250, "ms"),
    STACK_CPU_PER_VOTE("CPU per vote: services + PostgreSQL + Kafka", Comparison.AT_MOST, 0.8, "ms"),
    LOAD_GENERATOR_CPU_PER_VOTE("CPU per vote: load generator", Comparison.AT_MOST, 0.15, "ms"),
    VOTES_TO_CEILING("achieved votes/s over the same run's PostgreSQL ceiling (inserts/s)", Comparison.NONE, 0, ""),
    REGISTRATIONS_ACHIEVED("registrations achieved per second (500/s offered)", Comparison.AT_LEAST, 490, "/s"),
    REGISTRATIONS_P99("registrations: p99 latency from due time", Comparison.BELOW, 200, "ms"),
    CONFIRMED_TO_ELIGIBLE_P99("participant.confirmed -> eligible in prizes: p99", Comparison.BELOW, 250, "ms"),
    CONFIRMED_TO_KNOWN_P99("participant.confirmed -> known in sessions: p99", Comparison.BELOW, 250, "ms"),
    AGENDA_RATE("agenda JSON, 300 sessions: requests/s", Comparison.AT_LEAST, 5000, "/s"),
    AGENDA_P99("agenda JSON: p99 latency", Comparison.BELOW, 50, "ms"),
    AGENDA_NOT_MODIFIED_RATE("agenda JSON with If-None-Match (304): requests/s", Comparison.AT_LEAST, 5000, "/s"),
    AGENDA_NOT_MODIFIED_P99("agenda JSON with If-None-Match (304): p99 latency", Comparison.BELOW, 50, "ms"),
    OVERLOAD_NO_CRASH("overload (5x): prizes-service alive, liveness 200 at every poll", Comparison.TRUE, 0, ""),
    /** Sent to answered: under overload the wait for one of the fixed pool's connections is the load generator's queue. */
    OVERLOAD_ACCEPTED_P99("overload: p99 latency of accepted votes, sent -> answer", Comparison.BELOW, 500, "ms"),
    OVERLOAD_ACCEPTED_P99_FROM_DUE("overload: p99 latency of accepted votes from due time (incl. the wait for a"
            + " connection)", Comparison.NONE, 0, "ms"),
    OVERLOAD_RECOVERY("overload: load stopped -> ready and a fresh vote accepted", Comparison.BELOW, 10_000, "ms"),
    OVERLOAD_ACKNOWLEDGED_STORED("overload: every acknowledged vote stored", Comparison.TRUE, 0, ""),
    REGISTRATION_RESIDENT("registration-service resident memory", Comparison.BELOW, 300, "MB"),
    SESSIONS_RESIDENT("sessions-service resident memory", Comparison.BELOW, 300, "MB"),
    PRIZES_RESIDENT("prizes-service resident memory", Comparison.BELOW, 300, "MB");

    /** How a figure is held against its threshold; NONE: a figure reported beside the targets. */
    enum Comparison {
        AT_LEAST(">="), AT_MOST("<="), BELOW("<"), TRUE("true"), NONE("(reported)");

        final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }
    }

    private final String figure;
    private final Comparison comparison;
    private final double threshold;
    private final String unit;

    BenchTarget(String figure, Comparison comparison, double threshold, String unit) {
        this.figure = figure;
        this.comparison = comparison;
        this.threshold = threshold;
        this.unit = unit;
    }

    String figure() {
        return figure;
    }

    /** A figure shown beside the targets, with no threshold of its own. */
    boolean reportedOnly() {
        return comparison == Comparison.NONE;
    }

    String unit() {
        return unit;
    }

    /** The target as text, e.g. "< 100 ms". */
    String target() {
        return switch (comparison) {
            case TRUE, NONE -> comparison.symbol;
            default -> comparison.symbol + " " + (threshold == Math.rint(threshold) ? String.valueOf((long) threshold)
                    : String.valueOf(threshold)) + (unit.isEmpty() ? "" : " " + unit);
        };
    }

    /** Met (true), not met (false), or nothing to judge (null: not measured, or no target). */
    Boolean judge(Object value) {
        if (value == null || comparison == Comparison.NONE) {
            return null;
        }
        if (comparison == Comparison.TRUE) {
            return value instanceof Boolean b ? b : null;
        }
        if (!(value instanceof Number number) || Double.isNaN(number.doubleValue())) {
            return null;
        }
        double v = number.doubleValue();
        return switch (comparison) {
            case AT_LEAST -> v >= threshold;
            case AT_MOST -> v <= threshold;
            case BELOW -> v < threshold;
            default -> null;
        };
    }
}

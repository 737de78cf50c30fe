package org.wsis.deploy.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Polls a service's liveness and readiness every {@code periodMs} on the load generator's side pool
 * (never behind the load), recording each answer's status and latency.
 */
final class HealthPoller {

    static final String LIVE = "/q/health/live";
    static final String READY = "/q/health/ready";
    private static final long POLL_TIMEOUT_MS = 5_000;

    /** One poll: ms since the poller started, the status (or a negative {@link Outcome} code), latency in ms. */
    record Poll(String path, long atMs, int status, long latencyMs) {
    }

    private final LoadGenerator generator;
    private final int port;
    private final long periodMs;
    private final List<Poll> polls = new ArrayList<>();
    private long startNanos;
    private long timer = -1;
    private int outstanding;
    private boolean stopped;

    HealthPoller(LoadGenerator generator, int port, long periodMs) {
        this.generator = generator;
        this.port = port;
        this.periodMs = periodMs;
    }

    void start() {
        generator.onLoop(() -> {
            startNanos = System.nanoTime();
            pollBoth();
            timer = generator.vertx().setPeriodic(periodMs, id -> pollBoth());
        });
    }

    /** Stops polling and waits (up to the poll timeout) for the polls still out. */
    List<Poll> stop() throws InterruptedException {
        generator.onLoop(() -> {
            generator.vertx().cancelTimer(timer);
            synchronized (polls) {
                stopped = true;
                polls.notifyAll();
            }
        });
        long deadline = System.nanoTime() + (POLL_TIMEOUT_MS + 1_000) * 1_000_000;
        synchronized (polls) {
            // woken by the stop and by each answer; the deadline bounds a poll that never ends
            while (!(stopped && outstanding == 0)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(polls, left);
            }
            return List.copyOf(polls);
        }
    }

    private void pollBoth() {
        poll(LIVE);
        poll(READY);
    }

    private void poll(String path) {
        long sent = System.nanoTime();
        synchronized (polls) {
            outstanding++;
        }
        generator.probe(PreparedRequest.get(port, path, "application/json"), POLL_TIMEOUT_MS).onComplete(answer -> {
            long now = System.nanoTime();
            int status = answer.succeeded() ? answer.result().status()
                    : LoadGenerator.afterSending(answer.cause());
            synchronized (polls) {
                polls.add(new Poll(path, (sent - startNanos) / 1_000_000, status, (now - sent) / 1_000_000));
                outstanding--;
                polls.notifyAll();
            }
        });
    }

    /** Per endpoint: polls, how many answered 200, other statuses, no answer, and the latency percentiles. */
    static Map<String, Object> describe(List<Poll> polls, String path) {
        List<Poll> mine = polls.stream().filter(p -> p.path().equals(path)).toList();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("polls", mine.size());
        figures.put("up", mine.stream().filter(p -> p.status() == 200).count());
        figures.put("answeredNotUp", mine.stream().filter(p -> p.status() > 0 && p.status() != 200).count());
        figures.put("noAnswer", mine.stream().filter(p -> p.status() < 0).count());
        figures.put("firstNotUpAtMs", mine.stream().filter(p -> p.status() != 200).mapToLong(Poll::atMs).min()
                .orElse(-1));
        figures.put("latencyMs", Percentiles.ofMillis(mine.stream().mapToLong(Poll::latencyMs).toArray()).toMap());
        return figures;
    }

    static boolean upAtEveryPoll(List<Poll> polls, String path) {
        return polls.stream().filter(p -> p.path().equals(path)).allMatch(p -> p.status() == 200);
    }
}

package org.wsis.deploy.bench;

import org.wsis.deploy.Service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Votes offered at {@code --overload-factor} times the votes rate for a load phase: what was accepted
 * (rate, latency), what was shed (503, 429), timeouts, 5xx and requests the client could not send;
 * with the fixed pool the service holds at most {@code --connections} requests at a time and the rest
 * wait in the load generator (up to 1 s, then "not sent"), so the accepted votes' latency is judged
 * from when each was sent, and reported from its due time beside it;
 * whether prizes-service stayed alive (liveness and readiness polled every 500 ms during the load);
 * the recovery (from the moment the load stops until readiness is UP and a fresh vote answers 201);
 * and whether every acknowledged vote is stored.
 */
final class OverloadScenario {

    static final int RECOVERY_VOTES = 200;
    private static final long POLL_PERIOD_MS = 500;
    private static final long RECOVERY_POLL_MS = 100;
    private static final long RECOVERY_LIMIT_MS = 60_000;

    /** Milliseconds from the end of the load until readiness answered UP and until a fresh vote answered 201. */
    record Recovery(long readyAfterMs, long voteAcceptedAfterMs, int voteAttempts, int lastVoteStatus) {

        boolean recovered() {
            return voteAcceptedAfterMs >= 0;
        }

        Map<String, Object> describe() {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("recovered", recovered());
            figures.put("readyAfterMs", readyAfterMs);
            figures.put("freshVoteAcceptedAfterMs", voteAcceptedAfterMs);
            figures.put("freshVoteAttempts", voteAttempts);
            figures.put("lastFreshVoteStatus", lastVoteStatus);
            return figures;
        }
    }

    private final BenchContext bench;

    OverloadScenario(BenchContext bench) {
        this.bench = bench;
    }

    /** {@code wanted}: the votes the overload should offer; fewer when fewer voters could register. */
    void run(VoteSlots.Votes votes, VoteSlots.Votes freshVotes, int wanted) throws Exception {
        int factor = bench.options.overloadFactor();
        int rate = bench.options.votesPerSecond() * factor;
        long prizes = bench.pid(Service.PRIZES.module());
        CpuUsage cpu = new CpuUsage(bench.state());
        Instant from = Instant.now();
        ServerMetrics server = new ServerMetrics(bench.port(Service.PRIZES));
        Map<String, Double> serverBefore = server.sample();
        CpuUsage.Sample before = cpu.sample();
        HealthPoller poller = new HealthPoller(bench.load, bench.port(Service.PRIZES), POLL_PERIOD_MS);
        poller.start();
        OpenLoop load = bench.load.start(new ArrivalSchedule(rate, votes.size()), votes::request, Tally.SUCCESSFUL);
        long stop = load.offeringEndsAtNanos();
        TimeUnit.NANOSECONDS.sleep(Math.max(0, stop - System.nanoTime())); // until the last vote is offered
        List<HealthPoller.Poll> polls = poller.stop();
        Recovery recovery = recover(freshVotes, stop);
        Tally tally = load.await();
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("factor", factor);
        if (votes.size() < wanted) {
            scenario.put("requestsWanted", wanted); // not enough voters registered for the whole phase
        }
        scenario.putAll(tally.describe());
        scenario.put("cpuMsPerAcceptedVote", CpuUsage.perOperation(before, cpu.sample(), tally.acceptedCount()));
        scenario.put("prizesServiceReported", ServerMetrics.delta(serverBefore, server.sample()));
        boolean running = ResidentMemory.running(prizes);
        boolean liveEveryPoll = HealthPoller.upAtEveryPoll(polls, HealthPoller.LIVE);
        scenario.put("prizesServiceRunning", running);
        scenario.put("liveUpAtEveryPoll", liveEveryPoll);
        scenario.put("live", HealthPoller.describe(polls, HealthPoller.LIVE));
        scenario.put("ready", HealthPoller.describe(polls, HealthPoller.READY));
        scenario.put("recovery", recovery.describe());
        Map<String, Object> stored = VoteScenario.stored(bench, votes, tally, from);
        scenario.putAll(stored);
        bench.summary.put("overload", scenario);
        bench.summary.condition("overload", factor + "x the votes rate: " + rate + "/s for "
                + bench.options.seconds() + " s", "5x capacity", factor == 5);
        bench.summary.measure(BenchTarget.OVERLOAD_NO_CRASH, running && liveEveryPoll);
        bench.summary.measure(BenchTarget.OVERLOAD_ACCEPTED_P99, tally.acceptedCount() == 0 ? null
                : tally.acceptedServiceLatency().p99());
        bench.summary.measure(BenchTarget.OVERLOAD_ACCEPTED_P99_FROM_DUE, tally.acceptedCount() == 0 ? null
                : tally.acceptedLatency().p99());
        bench.summary.measure(BenchTarget.OVERLOAD_RECOVERY, recovery.recovered() ? recovery.voteAcceptedAfterMs()
                : RECOVERY_LIMIT_MS);
        bench.summary.measure(BenchTarget.OVERLOAD_ACKNOWLEDGED_STORED, stored.get("acknowledgedStored"));
        Summary.printSection(bench.out, "overload (" + factor + "x)", scenario);
    }

    /**
     * From {@code stoppedNanos}: readiness polled every 100 ms until UP, then fresh votes (a new
     * voter-category pair each) until one answers 201; a minute at most. Both on the side pool.
     */
    private Recovery recover(VoteSlots.Votes fresh, long stoppedNanos) throws InterruptedException {
        PreparedRequest ready = PreparedRequest.get(bench.port(Service.PRIZES), HealthPoller.READY,
                "application/json");
        long readyAfter = -1;
        int attempts = 0;
        int lastStatus = 0;
        while (elapsedMs(stoppedNanos) < RECOVERY_LIMIT_MS && attempts < fresh.size()) {
            if (readyAfter < 0) {
                if (status(ready) == 200) {
                    readyAfter = elapsedMs(stoppedNanos);
                    continue;
                }
            } else {
                lastStatus = status(fresh.request(attempts++));
                if (lastStatus == 201) {
                    return new Recovery(readyAfter, elapsedMs(stoppedNanos), attempts, lastStatus);
                }
            }
            TimeUnit.MILLISECONDS.sleep(RECOVERY_POLL_MS); // pacing of the recovery probe, bounded by the limit
        }
        return new Recovery(readyAfter, -1, attempts, lastStatus);
    }

    private int status(PreparedRequest request) throws InterruptedException {
        try {
            return bench.load.call(request).status();
        } catch (java.io.IOException e) {
            return Outcome.TIMEOUT_CODE;
        }
    }

    private static long elapsedMs(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1_000_000;
    }
}

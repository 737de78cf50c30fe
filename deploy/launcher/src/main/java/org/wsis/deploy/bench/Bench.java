package org.wsis.deploy.bench;

import org.wsis.deploy.Readiness;
import org.wsis.deploy.Service;
import org.wsis.deploy.StackConfig;
import org.wsis.infra.JwtMinter;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code deploy/wsis bench}: drives the running stack over HTTP with real signed tokens in a fresh
 * edition, at a constant arrival rate (open model: latency counts from when a request was due, so a
 * slow server cannot hide its queue), and prints per scenario a table, then every target with its
 * figure and verdict; all of it also in {@code $WSIS_HOME/bench/summary.json}.
 */
public final class Bench {

    private final StackConfig config;
    private final JwtMinter minter;
    private final BenchOptions options;
    private final PrintStream out;

    public Bench(StackConfig config, JwtMinter minter, BenchOptions options, PrintStream out) {
        this.config = config;
        this.minter = minter;
        this.options = options;
        this.out = out;
    }

    /** An edition no earlier run used: after the highest one any service knows in 2500-2999. */
    private int freshEdition() throws java.sql.SQLException {
        StackDatabase database = new StackDatabase(config.postgresPort());
        long used = Math.max(database.count("prizes", "SELECT coalesce(max(edition), 2499) FROM contest WHERE edition >= 2500"),
                database.count("registration",
                        "SELECT coalesce(max(edition), 2499) FROM registration_settings WHERE edition >= 2500"));
        if (used >= 2999) {
            throw new IllegalStateException("every bench edition 2500-2999 is used; start from a fresh WSIS_HOME");
        }
        return (int) used + 1;
    }

    public int run() throws Exception {
        for (StackConfig.Instance instance : config.allInstances()) {
            if (!new Readiness().check(instance.port()).ready()) {
                out.println("wsis bench: " + instance.name() + " is not ready; start the stack with deploy/wsis up");
                return 1;
            }
        }
        int edition = freshEdition();
        out.printf("Benchmark in edition %d: %d votes/s for %d s, %d registrations/s, overload %dx, %d clients,"
                        + " %d connections; scenarios %s%n", edition, options.votesPerSecond(), options.seconds(),
                options.registrationsPerSecond(), options.overloadFactor(), options.concurrency(),
                options.connections(), String.join(",", options.scenarios()));
        Summary summary = new Summary();
        summary.put("edition", edition);
        summary.put("startedAt", Instant.now().toString());
        summary.put("options", options);
        summary.put("loadGenerator", loadGenerator());
        try (LoadGenerator load = new LoadGenerator(options.connections())) {
            run(new BenchContext(config, options, edition, minter, load, summary, out));
        }
        Path file = config.home().resolve("bench").resolve("summary.json");
        summary.write(file);
        summary.printTargets(out);
        out.println();
        out.println("Summary written to " + file);
        return 0;
    }

    private void run(BenchContext bench) throws Exception {
        boolean voting = options.runs("registrations") || options.runs("votes") || options.runs("overload");
        Ballot ballot = Ballot.open(bench);
        if (voting) {
            new WarmUp(bench).run(ballot);
        }
        int votes = options.runs("votes") ? options.votesPerSecond() * options.seconds() : 0;
        int overload = options.runs("overload")
                ? options.votesPerSecond() * options.overloadFactor() * options.seconds() : 0;
        int needed = votes + overload == 0 ? 0 : (votes + overload + OverloadScenario.RECOVERY_VOTES
                + Ballot.CATEGORIES.size() - 1) / Ballot.CATEGORIES.size() + 1;
        RegistrationScenario registrations = new RegistrationScenario(bench);
        List<Voter> voters;
        if (options.runs("registrations")) {
            voters = registrations.run(Math.max(options.registrationsPerSecond() * options.seconds(), needed));
        } else {
            voters = needed == 0 ? List.of() : registrations.unmeasured("voter", needed,
                    options.registrationsPerSecond());
        }
        VoteSlots slots = new VoteSlots(voters, ballot, bench.ports(Service.PRIZES), bench.uri("/votes"), 7);
        if (options.runs("votes")) {
            warnIfShort(slots, votes, "votes");
            new VoteScenario(bench).run(slots.take(votes));
        }
        if (options.runs("agenda")) {
            new AgendaScenario(bench).run();
        }
        Long ceiling = options.runs("ceiling") ? new CeilingScenario(bench).run() : null;
        if (options.runs("overload")) {
            VoteSlots.Votes fresh = slots.take(OverloadScenario.RECOVERY_VOTES);
            warnIfShort(slots, overload, "overload");
            new OverloadScenario(bench).run(slots.take(overload), fresh, overload);
        }
        memory(bench);
        Object achieved = bench.summary.measured(BenchTarget.VOTES_ACHIEVED);
        if (achieved instanceof Number votesPerSecond && ceiling != null && ceiling > 0) {
            bench.summary.measure(BenchTarget.VOTES_TO_CEILING,
                    Math.round(votesPerSecond.doubleValue() / ceiling * 1000) / 1000.0);
        }
    }

    private void warnIfShort(VoteSlots slots, int wanted, String scenario) {
        if (slots.remaining() < wanted) {
            out.printf("wsis bench: only %d votes left for the %s scenario (%d wanted): fewer voters registered"
                    + " than needed%n", slots.remaining(), scenario, wanted);
        }
    }

    private static void memory(BenchContext bench) throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        Map<Service, BenchTarget> targets = Map.of(Service.REGISTRATION, BenchTarget.REGISTRATION_RESIDENT,
                Service.SESSIONS, BenchTarget.SESSIONS_RESIDENT, Service.PRIZES, BenchTarget.PRIZES_RESIDENT);
        for (StackConfig.Instance instance : bench.config.allInstances()) {
            long megabytes = ResidentMemory.megabytes(bench.pid(instance.name()));
            figures.put(instance.name() + "ResidentMb", megabytes);
            if (instance.number() == 1) { // the target is per process; a second instance is measured the same
                bench.summary.measure(targets.get(instance.service()), megabytes < 0 ? null : megabytes);
            }
        }
        bench.summary.put("memory", figures);
        Summary.printSection(bench.out, "resident memory at the end", figures);
    }

    private Map<String, Object> loadGenerator() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("client", "Vert.x HttpClient, HTTP/1.1 keep-alive, no pipelining, one event loop");
        figures.put("connections", options.connections());
        figures.put("waitQueue", options.connections() * LoadGenerator.WAIT_QUEUE_PER_CONNECTION);
        figures.put("connectionWaitMs", LoadGenerator.CONNECTION_WAIT_MS);
        figures.put("answerTimeoutMs", LoadGenerator.ANSWER_TIMEOUT_MS);
        figures.put("jvm", String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean()
                .getInputArguments()));
        return figures;
    }
}

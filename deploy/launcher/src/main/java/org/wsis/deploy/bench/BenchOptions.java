package org.wsis.deploy.bench;

import java.util.List;

/**
 * What the command line may change: offered rates, the length of each load phase, clients of the
 * closed-model reads, the load generator's connection pool, the overload factor, and which scenarios run.
 */
public record BenchOptions(int votesPerSecond, int seconds, int registrationsPerSecond, int concurrency,
                           int connections, int overloadFactor, List<String> scenarios) {

    public static final List<String> SCENARIOS = List.of("registrations", "votes", "agenda", "ceiling", "overload");

    public BenchOptions {
        scenarios = List.copyOf(scenarios);
        for (String scenario : scenarios) {
            if (!SCENARIOS.contains(scenario)) {
                throw new IllegalArgumentException("unknown scenario '" + scenario + "' (known: " + SCENARIOS + ")");
            }
        }
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }
}

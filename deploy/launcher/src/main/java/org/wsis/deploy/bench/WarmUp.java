package org.wsis.deploy.bench;

import org.wsis.deploy.Service;

import java.util.List;

/**
 * The services' code paths (and the load generator's) compiled before anything is measured: on two
 * cores the JIT of three fresh JVMs takes most of a core for the first minute of load. 20 s of votes
 * at half the votes rate, and their voters' registrations, on separate accounts, not reported.
 */
final class WarmUp {

    private static final int SECONDS = 20;

    private final BenchContext bench;

    WarmUp(BenchContext bench) {
        this.bench = bench;
    }

    void run(Ballot ballot) throws Exception {
        int rate = Math.max(50, bench.options.votesPerSecond() / 2);
        int voters = Math.max(100, rate * SECONDS / Ballot.CATEGORIES.size() + 1);
        List<Voter> registered = new RegistrationScenario(bench).unmeasured("warm", voters,
                Math.max(20, bench.options.registrationsPerSecond() / 2));
        VoteSlots slots = new VoteSlots(registered, ballot, bench.ports(Service.PRIZES), bench.uri("/votes"), 11);
        VoteSlots.Votes votes = slots.take(rate * SECONDS);
        Tally voted = bench.load.open(new ArrivalSchedule(rate, votes.size()), votes::request, Tally.SUCCESSFUL);
        bench.out.printf("Warm-up (not measured): %d registrations, %d of %d votes acknowledged%n", registered.size(),
                voted.acceptedCount(), voted.requests());
    }
}

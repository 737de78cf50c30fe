package org.wsis.deploy.bench;

import io.vertx.core.buffer.Buffer;
import org.wsis.deploy.fixture.ContestEdition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bench edition's contest in VOTING: two nominated projects per category, and each nomination's
 * vote body encoded once. A voter always picks the same project of a category.
 */
final class Ballot {

    static final List<String> CATEGORIES = ContestEdition.ALL_CATEGORIES;

    /** Per category index, the vote bodies of its nominations. */
    private final List<List<Buffer>> bodies;

    private Ballot(List<List<Buffer>> bodies) {
        this.bodies = bodies;
    }

    /** Opens registration and the contest, nominates two projects per category, and opens the voting. */
    static Ballot open(BenchContext bench) throws Exception {
        ContestEdition edition = new ContestEdition(bench::call, bench.organiser, bench.reviewer, "bench");
        edition.openRegistration(100);
        Map<String, List<String>> nominations = edition.openVoting(CATEGORIES, 2, bench::participantToken);
        List<List<Buffer>> bodies = new ArrayList<>();
        for (List<String> ids : nominations.values()) {
            bodies.add(ids.stream().map(id -> Buffer.buffer("{\"nominationId\":\"" + id + "\"}")).toList());
        }
        return new Ballot(bodies);
    }

    /** The body of {@code voter}'s vote in category number {@code category}. */
    Buffer voteBody(int category, Voter voter) {
        List<Buffer> candidates = bodies.get(category);
        return candidates.get(Math.floorMod(voter.subject().hashCode(), candidates.size()));
    }
}

package org.wsis.deploy.bench;

import io.vertx.core.buffer.Buffer;
import org.wsis.deploy.Service;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bench edition's contest in VOTING: two nominated projects per category, and each nomination's
 * vote body encoded once. A voter always picks the same project of a category.
 */
final class Ballot {

    static final List<String> CATEGORIES = List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7_E_GOVERNMENT",
            "C7_E_BUSINESS", "C7_E_LEARNING", "C7_E_HEALTH", "C7_E_EMPLOYMENT", "C7_E_ENVIRONMENT",
            "C7_E_AGRICULTURE", "C7_E_SCIENCE", "C8", "C9", "C10", "C11");
    private static final String DESCRIPTION = " The project started as a small pilot with local partners and grew"
            + " step by step after each round of feedback from the people who use it every day. It is built on open"
            + " standards and open source software, so that other organisations and countries can adopt and adapt it"
            + " without licence fees. Training is part of every deployment: local facilitators learn to run the service"
            + " themselves and then teach others in their communities. The team measures reach, cost and satisfaction"
            + " every quarter and publishes the results, together with the lessons learned, on the project website."
            + " Women, young people and persons with disabilities were involved in the design from the first day, and"
            + " the service works on basic phones as well as on computers. The next phase will extend the work to"
            + " neighbouring regions, strengthen the partnership with public authorities and secure long-term funding.";

    /** Per category index, the vote bodies of its nominations. */
    private final List<List<Buffer>> bodies;

    private Ballot(List<List<Buffer>> bodies) {
        this.bodies = bodies;
    }

    /** Opens registration and the contest, nominates two projects per category, and opens the voting. */
    static Ballot open(BenchContext bench) throws IOException, InterruptedException {
        bench.call("PUT", Service.REGISTRATION, "/registration-settings", bench.organiser, Map.of(
                "inPersonCapacity", 100,
                "opensAt", Instant.now().minus(Duration.ofDays(1)).toString(),
                "closesAt", Instant.now().plus(Duration.ofDays(30)).toString()));
        bench.call("PUT", Service.PRIZES, "/contest", bench.organiser, Map.of("championsPerCategory", 3));
        Map<String, List<String>> nominations = new LinkedHashMap<>();
        int n = 0;
        for (String category : CATEGORIES) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String proposer = "bench-proposer-" + (n++);
                ids.add(bench.call("POST", Service.PRIZES, "/nominations", bench.participantToken(proposer),
                        nomination(category, i)).path("id").asText());
            }
            nominations.put(category, ids);
        }
        bench.call("POST", Service.PRIZES, "/contest/phase", bench.organiser, Map.of("phase", "REVIEW"));
        for (List<String> ids : nominations.values()) {
            for (String id : ids) {
                bench.call("POST", Service.PRIZES, "/nominations/" + id + "/review", bench.reviewer,
                        Map.of("decision", "NOMINATE", "reason", "bench"));
            }
        }
        bench.call("POST", Service.PRIZES, "/contest/phase", bench.organiser, Map.of("phase", "VOTING"));
        List<List<Buffer>> bodies = new ArrayList<>();
        for (List<String> ids : nominations.values()) {
            bodies.add(ids.stream().map(id -> Buffer.buffer("{\"nominationId\":\"" + id + "\"}")).toList());
        }
        return new Ballot(bodies);
    }

    private static Map<String, Object> nomination(String category, int i) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Bench project " + category + " " + i);
        body.put("category", category);
        body.put("organisation", "Bench organisation " + category + " " + i);
        body.put("country", "KE");
        body.put("stakeholderGroup", "CIVIL_SOCIETY");
        body.put("description", "Bench project " + category + " " + i + " connects rural schools." + DESCRIPTION);
        body.put("projectUrl", "https://projects.example.org/bench/" + category + "/" + i);
        body.put("sdgs", List.of(4, 9));
        return body;
    }

    /** The body of {@code voter}'s vote in category number {@code category}. */
    Buffer voteBody(int category, Voter voter) {
        List<Buffer> candidates = bodies.get(category);
        return candidates.get(Math.floorMod(voter.subject().hashCode(), candidates.size()));
    }
}

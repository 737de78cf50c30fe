package org.wsis.prizes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.wsis.infra.testing.AuthorizationMatrixChecks;
import org.wsis.infra.testing.TestApplication;
import org.wsis.infra.testing.TestEditions;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Who may do what in prizes-service, each operation called in the contest phase where it means
 * something: organisers run the contest, reviewers review and pick winners, CONFIRMED participants
 * vote (a token alone is not enough), and the voter's identity never leaves {@code votes/me}.
 */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixChecks {

    private static final int SUBMISSION = TestEditions.next();
    private static final int REVIEW = TestEditions.next();
    private static final int VOTING = TestEditions.next();
    private static final int EVALUATION = TestEditions.next();
    private static final int CLOSED = TestEditions.next();

    private static final Deque<String> toReview = new ArrayDeque<>();
    private static final Deque<Participants.Registration> voters = new ArrayDeque<>();
    private static String nominatedInVoting;
    private static String championInEvaluation;

    @BeforeAll
    static void contests() {
        TestApplication.pointRestAssured();
        Api.openContest(SUBMISSION, 5);
        Api.submit(SUBMISSION, "C1", "Submitter org");

        Api.openContest(REVIEW, 5);
        for (int i = 0; i < 20; i++) {
            toReview.add(Api.submit(REVIEW, "C" + (i % 6 + 1), "Review org " + i));
        }
        Api.advanceTo(REVIEW, "REVIEW");

        Api.openContest(VOTING, 5);
        nominatedInVoting = Api.submit(VOTING, "C1", "Voting org");
        Api.advanceTo(VOTING, "REVIEW");
        Api.review(VOTING, nominatedInVoting, "NOMINATE");
        Api.advanceTo(VOTING, "VOTING");
        // one voter per caller of the POST, one per GET
        voters.addAll(Participants.confirmed(VOTING, Caller.values().length + 2));

        for (int edition : List.of(EVALUATION, CLOSED)) {
            Api.openContest(edition, 5);
            String id = Api.submit(edition, "C1", "Champion org");
            Api.advanceTo(edition, "REVIEW");
            Api.review(edition, id, "NOMINATE");
            Api.advanceTo(edition, "VOTING");
            Api.vote(edition, Participants.confirmed(edition).subject(), id).then().statusCode(201);
            Api.advanceTo(edition, "EVALUATION");
            if (edition == EVALUATION) {
                championInEvaluation = id;
            } else {
                Api.as(Api.reviewer()).body(Map.of("nominationId", id))
                        .put("/editions/{edition}/categories/C1/winner", edition).then().statusCode(200);
                Api.advanceTo(edition, "CLOSED");
            }
        }
    }

    @Override
    protected List<Row> table() {
        String base = "/editions/{edition}";
        return List.of(
                op("GET /categories").anonymous(200).badToken(200).other(200).owner(200).reviewer(200).organiser(200),
                op("PUT " + base + "/contest").secured().other(403).owner(403).reviewer(403).organiser(200),
                op("GET " + base + "/contest").anonymous(200).badToken(401).other(200).owner(200).reviewer(200).organiser(200),
                op("POST " + base + "/contest/phase").secured().other(403).owner(403).reviewer(403).organiser(200),
                op("POST " + base + "/nominations").secured().other(201).owner(201).reviewer(403).organiser(403),
                op("GET " + base + "/nominations").anonymous(200).badToken(401).other(200).owner(200).reviewer(200).organiser(200),
                // a SUBMITTED project is not public: only its submitter and the jury see it before VOTING
                op("GET " + base + "/nominations/{id}").anonymous(404).badToken(401).other(404).owner(200).reviewer(200).organiser(200),
                op("POST " + base + "/nominations/{id}/review").secured().other(403).owner(403).reviewer(200).organiser(403),
                // only CONFIRMED participants vote: the other participant holds a token but no confirmed registration
                op("POST " + base + "/votes").secured().other(403).owner(201).reviewer(403).organiser(403),
                op("GET " + base + "/votes/me").secured().other(200).owner(200).reviewer(403).organiser(403),
                op("GET " + base + "/votes/receipts/{receipt}").anonymous(200).badToken(200).other(200).owner(200).reviewer(200).organiser(200),
                op("GET " + base + "/tallies").secured().other(403).owner(403).reviewer(200).organiser(200),
                op("GET " + base + "/tallies/stream").secured().other(403).owner(403).reviewer(200).organiser(200),
                // the integrity signals are the organisers' alone
                op("GET " + base + "/vote-integrity").secured().other(403).owner(403).reviewer(403).organiser(200),
                op("GET " + base + "/vote-integrity/anomalies").secured().other(403).owner(403).reviewer(403).organiser(200),
                op("GET " + base + "/champions").anonymous(200).badToken(401).other(200).owner(200).reviewer(200).organiser(200),
                op("PUT " + base + "/categories/{code}/winner").secured().other(403).owner(403).reviewer(200).organiser(403),
                op("GET " + base + "/results").anonymous(200).badToken(200).other(200).owner(200).reviewer(200).organiser(200));
    }

    @Override
    protected Target prepare(String operation, Caller caller) {
        String owner = Api.newSubject();
        return switch (operation) {
            case "PUT /editions/{edition}/contest" ->
                    Target.of(owner, Map.of("edition", SUBMISSION)).withBody("{\"championsPerCategory\":5}");
            case "POST /editions/{edition}/contest/phase" -> {
                int edition = TestEditions.next(); // a new contest for each phase change
                Api.openContest(edition, 5);
                yield Target.of(owner, Map.of("edition", edition)).withBody("{\"phase\":\"REVIEW\"}");
            }
            case "POST /editions/{edition}/nominations" -> {
                Api.submit(SUBMISSION, owner, Api.nomination("C2", "Owner org " + owner));
                yield Target.of(owner, Map.of("edition", SUBMISSION))
                        .withBody(json(Api.nomination("C3", "Org " + java.util.UUID.randomUUID())));
            }
            case "GET /editions/{edition}/nominations/{id}" -> {
                String id = Api.submit(SUBMISSION, owner, Api.nomination("C4", "Org " + owner));
                yield Target.of(owner, Map.of("edition", SUBMISSION, "id", id));
            }
            case "POST /editions/{edition}/nominations/{id}/review" -> Target.of(owner, Map.of("edition", REVIEW,
                    "id", toReview.pop())).withBody("{\"decision\":\"NOMINATE\"}");
            case "POST /editions/{edition}/votes", "GET /editions/{edition}/votes/me",
                 "GET /editions/{edition}/votes/receipts/{receipt}" -> {
                Participants.Registration voter = voters.pop();
                String receipt = "unknown";
                if (!operation.startsWith("POST")) {
                    receipt = Api.vote(VOTING, voter.subject(), nominatedInVoting).then().statusCode(201)
                            .extract().path("receipt");
                }
                yield Target.of(voter.subject(), Map.of("edition", VOTING, "receipt", receipt))
                        .withBody("{\"nominationId\":\"" + nominatedInVoting + "\"}");
            }
            case "GET /editions/{edition}/tallies", "GET /editions/{edition}/tallies/stream",
                 "GET /editions/{edition}/vote-integrity",
                 "GET /editions/{edition}/vote-integrity/anomalies" -> Target.of(owner, Map.of("edition", VOTING));
            case "GET /editions/{edition}/champions" -> Target.of(owner, Map.of("edition", EVALUATION));
            case "PUT /editions/{edition}/categories/{code}/winner" -> Target.of(owner,
                    Map.of("edition", EVALUATION, "code", "C1")).withBody("{\"nominationId\":\"" + championInEvaluation + "\"}");
            case "GET /editions/{edition}/results" -> Target.of(owner, Map.of("edition", CLOSED));
            default -> Target.of(owner, Map.of("edition", SUBMISSION));
        };
    }

    private static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

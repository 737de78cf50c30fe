package org.wsis.prizes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wsis.prizes.Api.as;
import static org.wsis.prizes.Api.organiser;

/** Parallel votes of the same voters: the database keeps exactly one per voter and category. */
@QuarkusTest
class VoteConcurrencyTest {

    private static final int EDITION = TestEditions.next();
    private static final int VOTERS = 50;
    private static final int NOMINATIONS = 10;

    /** One answer: who sent it, its status and its receipt (if any). */
    record Answer(String voter, int status, String receipt) {
    }

    @Test
    void parallelVotesOfOneVoterCountOncePerCategory() throws Exception {
        Api.openContest(EDITION, 5);
        List<String> capacity = new ArrayList<>();
        for (int i = 0; i < NOMINATIONS; i++) {
            capacity.add(Api.submit(EDITION, "C4", "Capacity Org " + i));
        }
        String security = Api.submit(EDITION, "C5", "Security Org");
        Api.advanceTo(EDITION, "REVIEW");
        capacity.forEach(id -> Api.review(EDITION, id, "NOMINATE"));
        Api.review(EDITION, security, "NOMINATE");
        Api.advanceTo(EDITION, "VOTING");
        List<String> voters = Participants.confirmed(EDITION, VOTERS).stream()
                .map(Participants.Registration::subject).toList();

        // each voter fires 10 votes at once, each for a different project of C4
        List<Callable<Answer>> different = new ArrayList<>();
        for (String voter : voters) {
            for (String nomination : capacity) {
                different.add(() -> answer(voter, Api.vote(EDITION, voter, nomination)));
            }
        }
        Map<String, List<Answer>> byVoter = group(parallel(different));
        byVoter.forEach((voter, answers) -> {
            assertThat(answers).as(voter).filteredOn(a -> a.status() == 201).hasSize(1);
            assertThat(answers).as(voter).filteredOn(a -> a.status() == 409).hasSize(NOMINATIONS - 1);
        });

        // and then 5 identical votes at once in C5: one counts, the others answer its receipt
        List<Callable<Answer>> same = new ArrayList<>();
        for (String voter : voters) {
            for (int i = 0; i < 5; i++) {
                same.add(() -> answer(voter, Api.vote(EDITION, voter, security)));
            }
        }
        group(parallel(same)).forEach((voter, answers) -> {
            assertThat(answers).as(voter).filteredOn(a -> a.status() == 201).hasSize(1);
            assertThat(answers).as(voter).filteredOn(a -> a.status() == 200).hasSize(4);
            assertThat(answers).as(voter).extracting(Answer::receipt).containsOnly(answers.get(0).receipt());
        });

        assertThat(Db.count("SELECT count(*) FROM vote WHERE edition = " + EDITION + " AND category = 'C4'"))
                .isEqualTo(VOTERS);
        assertThat(Db.count("SELECT count(*) FROM vote WHERE edition = " + EDITION + " AND category = 'C5'"))
                .isEqualTo(VOTERS);
        assertThat(Db.count("SELECT count(DISTINCT voter) FROM vote WHERE edition = " + EDITION)).isEqualTo(VOTERS);
        // every counter equals the rows it counts
        assertThat(Db.count("SELECT count(*) FROM nomination_tally t WHERE t.edition = " + EDITION
                + " AND t.votes <> (SELECT count(*) FROM vote v WHERE v.nomination_id = t.nomination_id)")).isZero();
        var tallies = as(organiser()).get("/editions/" + EDITION + "/tallies").then().statusCode(200).extract();
        assertThat(tallies.<Integer>path("totalVotes")).isEqualTo(2 * VOTERS);
        assertThat(tallies.<Integer>path("categories.find { it.category == 'C4' }.total")).isEqualTo(VOTERS);
        List<Integer> ranked = tallies.path("categories.find { it.category == 'C4' }.nominations.votes");
        assertThat(ranked).hasSize(NOMINATIONS).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (String id : capacity) {
            int shown = tallies.path("categories.find { it.category == 'C4' }.nominations.find { it.nominationId == '"
                    + id + "' }.votes");
            assertThat((long) shown).isEqualTo(Db.count("SELECT count(*) FROM vote WHERE nomination_id = '" + id + "'"));
        }
    }

    /**
     * Votes in flight while the organiser ends VOTING: each is either counted (201) or refused as
     * out of phase (409), never both, and the champions are computed from exactly the counted votes.
     */
    @Test
    void votesRacingTheEndOfVotingAreCountedExactlyWhenAcknowledged() throws Exception {
        int edition = TestEditions.next();
        Api.openContest(edition, 3);
        List<String> projects = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            projects.add(Api.submit(edition, "C3", "Access Org " + i));
        }
        Api.advanceTo(edition, "REVIEW");
        projects.forEach(id -> Api.review(edition, id, "NOMINATE"));
        Api.advanceTo(edition, "VOTING");
        List<String> voters = Participants.confirmed(edition, 120).stream()
                .map(Participants.Registration::subject).toList();

        List<Callable<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            String voter = voters.get(i);
            String project = projects.get(i % projects.size());
            calls.add(() -> answer(voter, Api.vote(edition, voter, project)));
            if (i == voters.size() / 3) {
                calls.add(() -> {
                    Api.advanceTo(edition, "EVALUATION");
                    return new Answer("organiser", 0, null);
                });
            }
        }
        List<Answer> answers = parallel(calls);
        long counted = answers.stream().filter(a -> a.status() == 201).count();
        long refused = answers.stream().filter(a -> a.status() == 409).count();
        assertThat(counted + refused).as("every vote is counted or refused").isEqualTo(voters.size());

        assertThat(Db.count("SELECT count(*) FROM vote WHERE edition = " + edition)).isEqualTo(counted);
        for (Answer a : answers) {
            if (a.status() == 201) {
                Api.anonymous().get("/editions/" + edition + "/votes/receipts/" + a.receipt()).then().statusCode(200);
            }
        }
        assertThat(Db.count("SELECT coalesce(sum(votes), 0) FROM champion WHERE edition = " + edition))
                .as("champions are computed from the acknowledged votes").isEqualTo(counted);
    }

    private static Answer answer(String voter, Response response) {
        return new Answer(voter, response.statusCode(),
                response.statusCode() < 300 ? response.path("receipt") : null);
    }

    private static Map<String, List<Answer>> group(List<Answer> answers) {
        Map<String, List<Answer>> byVoter = new HashMap<>();
        answers.forEach(a -> byVoter.computeIfAbsent(a.voter(), k -> new ArrayList<>()).add(a));
        assertThat(byVoter).hasSize(VOTERS);
        return byVoter;
    }

    private static <T> List<T> parallel(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(calls)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

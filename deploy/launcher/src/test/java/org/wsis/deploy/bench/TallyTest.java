package org.wsis.deploy.bench;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TallyTest {

    @Test
    void classifiesAnswersAndClientSideFailures() {
        assertThat(Outcome.of(201)).isEqualTo(Outcome.SUCCESS);
        assertThat(Outcome.of(304)).isEqualTo(Outcome.REDIRECTION);
        assertThat(Outcome.of(429)).isEqualTo(Outcome.TOO_MANY_REQUESTS);
        assertThat(Outcome.of(409)).isEqualTo(Outcome.OTHER_CLIENT_ERROR);
        assertThat(Outcome.of(503)).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(Outcome.of(500)).isEqualTo(Outcome.OTHER_SERVER_ERROR);
        assertThat(Outcome.of(Outcome.NOT_SENT_CODE)).isEqualTo(Outcome.NOT_SENT);
        assertThat(Outcome.of(Outcome.TIMEOUT_CODE)).isEqualTo(Outcome.TIMEOUT);
        assertThat(Outcome.of(Outcome.CONNECTION_ERROR_CODE)).isEqualTo(Outcome.CONNECTION_ERROR);
    }

    @Test
    void latenciesAndRateCountOnlyAcceptedAnswers() {
        Tally tally = new Tally(4, 100, Tally.SUCCESSFUL);
        tally.started(0);
        tally.answered(0, 201, 10_000, 9_000);
        tally.answered(1, 503, 900_000, 5_000);
        tally.failed(2, Outcome.TIMEOUT_CODE, 10_000_000);
        tally.answered(3, 200, 30_000, 20_000);
        tally.failed(4, Outcome.NOT_SENT_CODE, 1_000_000); // beyond the expected count: the tally grows
        tally.ended(2_000_000_000L);

        assertThat(tally.requests()).isEqualTo(5);
        assertThat(tally.acceptedCount()).isEqualTo(2);
        assertThat(tally.isAccepted(1)).isFalse();
        assertThat(tally.isAccepted(3)).isTrue();
        assertThat(tally.achievedPerSecond()).isEqualTo(1.0);
        assertThat(tally.acceptedLatency().max()).isEqualTo(30.0);
        assertThat(tally.acceptedServiceLatency().p50()).isEqualTo(9.0);
        assertThat(tally.byOutcome()).containsEntry(Outcome.SUCCESS, 2L).containsEntry(Outcome.UNAVAILABLE, 1L)
                .containsEntry(Outcome.TIMEOUT, 1L).containsEntry(Outcome.NOT_SENT, 1L)
                .containsEntry(Outcome.OTHER_SERVER_ERROR, 0L);
        Map<String, Object> described = tally.describe();
        assertThat(described).containsEntry("notAccepted", 3).containsEntry("offeredPerSecond", 100L);
        assertThat(described.get("byStatus").toString()).isEqualTo("{200=1, 201=1, 503=1}");
    }

    @Test
    void notModifiedIsAcceptedWhenTheScenarioSaysSo() {
        Tally tally = new Tally(2, 0, status -> status == 304);
        tally.answered(0, 304, 1000, 1000);
        tally.answered(1, 200, 1000, 1000);
        assertThat(tally.acceptedCount()).isEqualTo(1);
        tally.loadGeneratorCpuNanos(100_000);
        assertThat(tally.loadGeneratorCpuMsPerRequest()).isEqualTo(0.05);
    }
}

package org.wsis.deploy.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeTest {

    @Test
    void classifiesEveryAnswerAndEveryMissingOne() {
        assertThat(Outcome.of(200)).isEqualTo(Outcome.SUCCESS);
        assertThat(Outcome.of(201)).isEqualTo(Outcome.SUCCESS);
        assertThat(Outcome.of(204)).isEqualTo(Outcome.SUCCESS);
        assertThat(Outcome.of(304)).isEqualTo(Outcome.REDIRECTION);
        assertThat(Outcome.of(429)).isEqualTo(Outcome.TOO_MANY_REQUESTS);
        assertThat(Outcome.of(409)).isEqualTo(Outcome.OTHER_CLIENT_ERROR);
        assertThat(Outcome.of(503)).isEqualTo(Outcome.UNAVAILABLE);
        assertThat(Outcome.of(500)).isEqualTo(Outcome.OTHER_SERVER_ERROR);
        assertThat(Outcome.of(Outcome.TIMEOUT_CODE)).isEqualTo(Outcome.TIMEOUT);
        assertThat(Outcome.of(Outcome.NOT_SENT_CODE)).isEqualTo(Outcome.NOT_SENT);
        assertThat(Outcome.of(Outcome.CONNECTION_ERROR_CODE)).isEqualTo(Outcome.CONNECTION_ERROR);
    }

    @Test
    void namesEachClassInTheSummary() {
        assertThat(Outcome.SUCCESS.key()).isEqualTo("2xx");
        assertThat(Outcome.TOO_MANY_REQUESTS.key()).isEqualTo("429");
        assertThat(Outcome.UNAVAILABLE.key()).isEqualTo("503");
        assertThat(Outcome.OTHER_SERVER_ERROR.key()).isEqualTo("other5xx");
        assertThat(Outcome.TIMEOUT.key()).isEqualTo("timeouts");
    }
}

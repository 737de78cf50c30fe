package org.wsis.deploy;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventBacklogTest {

    @Test
    void eachServiceHasARowWithItsBacklogParkedEventsAndLag() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EventBacklog.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), List.of(
                new EventBacklog.Row(Service.REGISTRATION, 0, null, 0, null),
                new EventBacklog.Row(Service.PRIZES, 42, 3L, 1, 17L)));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(output).containsPattern("EVENTS +OUTBOX PENDING +OLDEST +PARKED +CONSUMER LAG")
                .containsPattern("registration-service +0 +- +0 +-\\R")
                .containsPattern("prizes-service +42 +3 s +1 +17\\R");
    }

    @Test
    void consumerGroupsBelongToTheServiceTheirNameStartsWith() {
        assertThat(EventBacklog.owner("prizes-service-participants")).isEqualTo(Service.PRIZES);
        assertThat(EventBacklog.owner("sessions-service.prizes")).isEqualTo(Service.SESSIONS);
        assertThat(EventBacklog.owner("common-test")).isNull();
    }
}

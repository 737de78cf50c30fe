package org.wsis.registration;

import org.junit.jupiter.api.Test;
import org.wsis.common.events.participants.ParticipantStatus;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every status this service publishes is one the consumers know by the same name (they store it as is),
 * and means the same there: live or ended.
 */
class RegistrationStatusContractTest {

    @Test
    void theConsumersKnowEveryStatusByItsName() {
        for (RegistrationStatus status : RegistrationStatus.values()) {
            ParticipantStatus known = ParticipantStatus.of(status.name());
            assertThat(known).as(status.name()).isNotEqualTo(ParticipantStatus.OTHER);
            assertThat(known.isLive()).as(status.name()).isEqualTo(status.isLive());
        }
        assertThat(Arrays.stream(ParticipantStatus.values()).map(Enum::name))
                .containsAll(Arrays.stream(RegistrationStatus.values()).map(Enum::name).toList());
    }
}

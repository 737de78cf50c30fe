package org.wsis.common.events;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which records one erased registration reaches (the services run the condition on their own tables). */
class RegistrationErasureTest {

    private static final UUID OLD = UUID.randomUUID();

    @Test
    void anotherLiveRegistrationKeepsTheRecordsThatNameNone() {
        RegistrationErasure erasure = RegistrationErasure.of(OLD, 2026, "auth0|amina", true);
        assertThat(erasure.where("edition", "voter", "voterRegistration"))
                .isEqualTo("edition = :erasedEdition AND voter = :erasedSubject AND voterRegistration = :erasedRegistration");
        assertThat(erasure.parameters()).containsEntry("erasedEdition", 2026)
                .containsEntry("erasedSubject", "auth0|amina").containsEntry("erasedRegistration", OLD);
    }

    @Test
    void thePersonsLastRegistrationTakesThemToo() {
        RegistrationErasure erasure = RegistrationErasure.of(OLD, 2026, "auth0|amina", false);
        assertThat(erasure.where("edition", "voter", "voterRegistration"))
                .isEqualTo("edition = :erasedEdition AND voter = :erasedSubject"
                        + " AND (voterRegistration = :erasedRegistration OR voterRegistration IS NULL)");
    }
}

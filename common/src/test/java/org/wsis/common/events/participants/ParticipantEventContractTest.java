package org.wsis.common.events.participants;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.wsis.common.events.CloudEvent;
import org.wsis.infra.testing.EventContracts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * registration-service's committed samples read into the shared record with the status their type
 * stands for, and the reader stays tolerant of what a newer producer may send.
 */
class ParticipantEventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final UUID SAMPLE_ID = UUID.fromString("0b8f6a52-2c4e-4e37-9d57-8a0f1c2d3e4f");

    /** The status each sample reports: an update reports the registration's current one. */
    private static final Map<String, ParticipantStatus> SAMPLE_STATUS = Map.of(
            ParticipantEventTypes.REGISTERED, ParticipantStatus.PENDING,
            ParticipantEventTypes.CONFIRMED, ParticipantStatus.CONFIRMED,
            ParticipantEventTypes.WAITLISTED, ParticipantStatus.WAITLISTED,
            ParticipantEventTypes.UPDATED, ParticipantStatus.CONFIRMED,
            ParticipantEventTypes.REJECTED, ParticipantStatus.REJECTED,
            ParticipantEventTypes.CANCELLED, ParticipantStatus.CANCELLED,
            ParticipantEventTypes.ERASED, ParticipantStatus.ERASED);

    @Test
    void theCatalogueIsTheSetOfCommittedSamples() throws IOException {
        try (Stream<Path> files = Files.list(EventContracts.directory())) {
            Set<String> samples = files.map(f -> f.getFileName().toString().replaceFirst("\\.json$", ""))
                    .filter(name -> name.startsWith("org.wsis.participant.")).collect(Collectors.toSet());
            assertThat(samples).isEqualTo(ParticipantEventTypes.ALL);
        }
    }

    @Test
    void everySampleReadsWithTheStatusItsTypeStandsFor() throws IOException {
        for (String type : ParticipantEventTypes.ALL) {
            CloudEvent event = sample(type);
            ParticipantEventData data = ParticipantEventData.from(event);
            assertThat(data.participantId()).as(type).isEqualTo(SAMPLE_ID);
            assertThat(data.edition()).as(type).isEqualTo(2026);
            assertThat(data.status()).as(type).isEqualTo(SAMPLE_STATUS.get(type));
            // the type alone says the same, for a producer that leaves the status out
            ParticipantEventTypes.impliedStatus(type).ifPresent(implied ->
                    assertThat(implied).as(type).isEqualTo(SAMPLE_STATUS.get(type)));
        }
        assertThat(ParticipantEventTypes.impliedStatus(ParticipantEventTypes.UPDATED)).isEmpty();
    }

    @Test
    void theFullSamplesCarryTheFieldsTheReadModelsKeep() throws IOException {
        ParticipantEventData confirmed = ParticipantEventData.from(sample(ParticipantEventTypes.CONFIRMED));
        assertThat(confirmed).isEqualTo(new ParticipantEventData(SAMPLE_ID, "auth0|5f7c8ec7c33c6c004bbafe82", 2026,
                "Amina Diallo", "GOVERNMENT", ParticipantStatus.CONFIRMED));
        ParticipantEventData erased = ParticipantEventData.from(sample(ParticipantEventTypes.ERASED));
        assertThat(erased.subject()).isNull();
        assertThat(erased.displayName()).isNull();
    }

    @Test
    void whatTheDataLeavesOutComesFromTheEnvelope() throws IOException {
        ObjectNode sample = (ObjectNode) EventContracts.sample(ParticipantEventTypes.CANCELLED);
        sample.put("edition", "2027");
        ((ObjectNode) sample.get("data")).remove(List.of("participantId", "edition", "status"));
        ParticipantEventData data = ParticipantEventData.from(JSON.treeToValue(sample, CloudEvent.class));
        assertThat(data.participantId()).isEqualTo(SAMPLE_ID);
        assertThat(data.edition()).isEqualTo(2027);
        assertThat(data.status()).isEqualTo(ParticipantStatus.CANCELLED);

        ObjectNode update = (ObjectNode) EventContracts.sample(ParticipantEventTypes.UPDATED);
        ((ObjectNode) update.get("data")).remove("status");
        ParticipantEventData updated = ParticipantEventData.from(JSON.treeToValue(update, CloudEvent.class));
        assertThat(updated.status()).as("an update without a status keeps the known one").isNull();
        assertThat(updated.statusOr(ParticipantStatus.WAITLISTED)).isEqualTo(ParticipantStatus.WAITLISTED);
        assertThat(updated.statusOr(null)).isEqualTo(ParticipantStatus.OTHER);
    }

    @Test
    void newFieldsAndStatusesDoNotBreakTheReader() throws IOException {
        ObjectNode sample = (ObjectNode) EventContracts.sample(ParticipantEventTypes.UPDATED);
        ObjectNode data = (ObjectNode) sample.get("data");
        data.put("status", "ON_HOLD");
        data.put("badgeColour", "green");
        data.put("stakeholderGroup", "YOUTH");
        ParticipantEventData read = ParticipantEventData.from(JSON.treeToValue(sample, CloudEvent.class));
        assertThat(read.status()).isEqualTo(ParticipantStatus.OTHER);
        assertThat(read.stakeholderGroup()).isEqualTo("YOUTH");
    }

    @Test
    void anEventWithoutAParticipantIsRefused() throws IOException {
        ObjectNode sample = (ObjectNode) EventContracts.sample(ParticipantEventTypes.ERASED);
        sample.remove("subject");
        ((ObjectNode) sample.get("data")).remove("participantId");
        CloudEvent event = JSON.treeToValue(sample, CloudEvent.class);
        assertThatThrownBy(() -> ParticipantEventData.from(event)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void liveMeansNotEndedWhateverNewStatusesCome() {
        assertThat(ParticipantStatus.PENDING.isLive()).isTrue();
        assertThat(ParticipantStatus.WAITLISTED.isLive()).isTrue();
        assertThat(ParticipantStatus.of("ON_HOLD").isLive()).isTrue();
        assertThat(ParticipantStatus.CANCELLED.isLive()).isFalse();
        assertThat(ParticipantStatus.REJECTED.isLive()).isFalse();
        assertThat(ParticipantStatus.ERASED.isLive()).isFalse();
        assertThat(ParticipantStatus.of(null)).isNull();
    }

    @Test
    void onlyTheCataloguesTypesAreHandled() {
        assertThat(ParticipantEventTypes.isKnown(ParticipantEventTypes.UPDATED)).isTrue();
        assertThat(ParticipantEventTypes.isKnown("org.wsis.participant.merged.v1")).isFalse();
        assertThat(ParticipantEventTypes.isKnown("org.wsis.participant.confirmed.v2")).isFalse();
        assertThat(ParticipantEventTypes.isKnown(null)).isFalse();
    }

    private static CloudEvent sample(String type) throws IOException {
        return JSON.readValue(EventContracts.sampleText(type), CloudEvent.class);
    }
}

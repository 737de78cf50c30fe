package org.wsis.sessions.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.common.reference.ActionLine;
import org.wsis.sessions.SessionFormat;
import org.wsis.sessions.SessionMode;
import org.wsis.sessions.SessionStatus;
import org.wsis.sessions.events.WinnersAnnouncedData;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A session; the organiser-only members (speaker ids and withdrawal, seats) are absent for others. */
@Schema(name = "Session")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionResponse(
        UUID id,
        @Schema(example = "2026") int edition,
        UUID proposalId,
        @Schema(example = "Closing the connectivity gap in rural Africa") String title,
        String summary,
        @Schema(example = "THEMATIC_WORKSHOP") SessionFormat format,
        List<ActionLine> actionLines,
        List<Integer> sdgs,
        @Schema(example = "HYBRID") SessionMode mode,
        @Schema(example = "60") int durationMinutes,
        @Schema(example = "80") int expectedAudience,
        @Schema(example = "SCHEDULED") SessionStatus status,
        RoomResponse room,
        @Schema(example = "2026-07-07T08:00:00Z") Instant start,
        @Schema(example = "2026-07-07T09:00:00Z") Instant end,
        List<Speaker> speakers,
        @Schema(description = "Organisers only: a speaker cancelled or was erased") Boolean speakerWithdrawn,
        @Schema(description = "Organisers only") Seats seats,
        @Schema(description = "PRIZE_CEREMONY only: the winning projects per category")
        List<WinnersAnnouncedData.Winner> prizeWinners) {

    /** A speaker; {@code displayName} is absent once the person is erased. */
    @Schema(name = "Speaker")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Speaker(@Schema(description = "Organisers only") UUID participantId,
                          @Schema(example = "Amina Diallo") String displayName,
                          @Schema(description = "Organisers only: the speaker cancelled or was erased") Boolean withdrawn) {
    }

    @Schema(name = "Seats")
    public record Seats(@Schema(example = "42") long inPerson, @Schema(example = "120") long remote,
                        @Schema(example = "120", description = "Room capacity; absent without a room") Integer capacity) {
    }
}

package org.wsis.sessions.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.common.reference.ActionLine;
import org.wsis.sessions.SessionFormat;
import org.wsis.sessions.SessionMode;
import org.wsis.sessions.ForumSession;
import org.wsis.sessions.SessionStatus;
import org.wsis.sessions.service.SessionView;

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
        List<PrizeWinnerResponse> prizeWinners) {

    public static SessionResponse of(SessionView view) {
        ForumSession s = view.session();
        var c = s.content;
        boolean organiser = view.organiser();
        SessionView.Seats seats = view.seats();
        return new SessionResponse(s.id, s.edition, organiser ? s.proposalId : null, c.title, c.summary, c.format,
                c.actionLineList(), c.sdgList(), c.mode, c.durationMinutes, c.expectedAudience, s.status,
                view.room() == null ? null : RoomResponse.of(view.room()), s.startsAt, s.endsAt,
                view.speakers().stream().map(speaker -> Speaker.of(speaker, organiser)).toList(),
                organiser ? s.speakerWithdrawn : null,
                seats == null ? null : new Seats(seats.inPerson(), seats.remote(), seats.capacity()),
                PrizeWinnerResponse.of(s.prizeWinners));
    }

    /** A speaker; {@code displayName} is absent once the person is erased. */
    @Schema(name = "Speaker")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Speaker(@Schema(description = "Organisers only") UUID participantId,
                          @Schema(example = "Amina Diallo") String displayName,
                          @Schema(description = "Organisers only: the speaker cancelled or was erased") Boolean withdrawn) {

        /** The public sees the name only. */
        static Speaker of(SessionView.Speaker speaker, boolean organiser) {
            return organiser ? new Speaker(speaker.participantId(), speaker.displayName(), speaker.withdrawn())
                    : new Speaker(null, speaker.displayName(), null);
        }
    }

    @Schema(name = "Seats")
    public record Seats(@Schema(example = "42") long inPerson, @Schema(example = "120") long remote,
                        @Schema(example = "120", description = "Room capacity; absent without a room") Integer capacity) {
    }
}

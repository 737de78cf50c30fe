package org.wsis.sessions.service.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.wsis.sessions.ProposalStatus;
import org.wsis.sessions.SessionFormat;
import org.wsis.sessions.SessionMode;
import org.wsis.sessions.SessionStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code data} of the {@code wsis.sessions} events, one record per shape. */
public final class SessionEventData {

    private SessionEventData() {
    }

    /** session.proposed */
    public record Proposed(UUID proposalId, int edition, String title, SessionFormat format, SessionMode mode,
                           List<String> actionLines, List<Integer> sdgs, int durationMinutes,
                           int expectedAudience, List<UUID> speakerParticipantIds, ProposalStatus status) {
    }

    /** session.rejected: the proposal only; the organiser's note stays internal. */
    public record Rejected(UUID proposalId, int edition, String title, ProposalStatus status) {
    }

    /** session.accepted: a new UNSCHEDULED session; {@code proposalId} absent when an organiser created it directly. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Accepted(UUID sessionId, UUID proposalId, int edition, String title, SessionFormat format,
                           SessionMode mode, List<UUID> speakerParticipantIds, SessionStatus status) {
    }

    /** session.scheduled: {@code roomId} absent for a VIRTUAL session. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Scheduled(UUID sessionId, int edition, UUID roomId, Instant start, Instant end,
                            List<UUID> speakerParticipantIds, SessionStatus status) {
    }

    /** session.unscheduled and session.cancelled */
    public record StatusChanged(UUID sessionId, int edition, SessionStatus status) {
    }

    /** agenda.released */
    public record Released(int edition, int version, Instant publishedAt, int sessionCount,
                           List<UUID> added, List<UUID> removed, List<UUID> moved) {
    }
}

package org.wsis.sessions.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.common.reference.ActionLine;
import org.wsis.sessions.Proposal;
import org.wsis.sessions.ProposalStatus;
import org.wsis.sessions.SessionFormat;
import org.wsis.sessions.SessionMode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Proposal")
public record ProposalResponse(
        UUID id,
        @Schema(example = "2026") int edition,
        @Schema(example = "Closing the connectivity gap in rural Africa") String title,
        String summary,
        SessionFormat format,
        List<ActionLine> actionLines,
        List<Integer> sdgs,
        SessionMode mode,
        @Schema(example = "60") int durationMinutes,
        List<UUID> speakerParticipantIds,
        @Schema(example = "80") int expectedAudience,
        @Schema(example = "SUBMITTED") ProposalStatus status,
        @Schema(description = "The organiser's note with the decision") String decisionNote,
        @Schema(description = "The session an accepted proposal became") UUID sessionId,
        Instant createdAt,
        Instant decidedAt) {

    public static ProposalResponse of(Proposal p) {
        var c = p.content;
        return new ProposalResponse(p.id, p.edition, c.title, c.summary, c.format, c.actionLineList(), c.sdgList(),
                c.mode, c.durationMinutes, c.speakerList(), c.expectedAudience, p.status, p.decisionNote,
                p.sessionId, p.createdAt, p.decidedAt);
    }
}

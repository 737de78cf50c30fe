package org.wsis.prizes.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.prizes.Contest;
import org.wsis.prizes.ContestPhase;
import org.wsis.prizes.PhaseChange;

import java.time.Instant;
import java.util.List;

@Schema(name = "Contest")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContestResponse(
        int edition,
        @Schema(example = "SUBMISSION") ContestPhase phase,
        @Schema(example = "REVIEW", description = "Absent once CLOSED") ContestPhase nextPhase,
        @Schema(example = "5") int championsPerCategory,
        Instant openedAt,
        Instant updatedAt,
        @Schema(description = "Every phase entered, oldest first") List<Change> history) {

    @Schema(name = "PhaseChange")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(ContestPhase phase, Instant changedAt,
                         @Schema(description = "The organiser's subject; shown to organisers only") String changedBy) {
    }

    public static ContestResponse of(Contest c, List<PhaseChange> history, boolean withWho) {
        return new ContestResponse(c.edition, c.phase, c.phase.next(), c.championsPerCategory, c.openedAt,
                c.updatedAt, history.stream().map(h -> new Change(h.phase, h.changedAt, withWho ? h.changedBy : null))
                .toList());
    }
}

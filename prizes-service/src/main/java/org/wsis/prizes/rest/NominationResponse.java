package org.wsis.prizes.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.common.reference.StakeholderGroup;
import org.wsis.prizes.Nomination;
import org.wsis.prizes.NominationStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Nomination")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NominationResponse(
        UUID id,
        int edition,
        @Schema(example = "C7_E_HEALTH") String category,
        @Schema(example = "10") int categoryNumber,
        String title,
        String organisation,
        String country,
        StakeholderGroup stakeholderGroup,
        String description,
        String projectUrl,
        List<Integer> sdgs,
        NominationStatus status,
        @Schema(description = "The reviewer's reason; shown to the proposer and the staff only") String reviewReason,
        Instant submittedAt,
        @Schema(description = "When a reviewer decided; shown to the proposer and the staff only") Instant reviewedAt) {

    public static NominationResponse of(Nomination n, boolean withReview) {
        return new NominationResponse(n.id, n.edition, n.category.name(), n.category.number(), n.title,
                n.organisation, n.country, n.stakeholderGroup, n.description, n.projectUrl, List.of(n.sdgs), n.status,
                withReview ? n.reviewReason : null, n.submittedAt, withReview ? n.reviewedAt : null);
    }
}

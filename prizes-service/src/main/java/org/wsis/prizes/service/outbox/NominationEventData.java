package org.wsis.prizes.service.outbox;

import org.wsis.common.reference.StakeholderGroup;
import org.wsis.prizes.Nomination;
import org.wsis.prizes.NominationStatus;

import java.util.List;
import java.util.UUID;

/**
 * {@code nomination.submitted|nominated|rejected}: the project as it stands. No proposer identity
 * and no reviewer's reason: those stay in this service.
 */
public record NominationEventData(
        UUID nominationId,
        int edition,
        int categoryNumber,
        String category,
        String title,
        String organisation,
        String country,
        StakeholderGroup stakeholderGroup,
        String projectUrl,
        List<Integer> sdgs,
        NominationStatus status) {

    static NominationEventData of(Nomination n) {
        return new NominationEventData(n.id, n.edition, n.category.number(), n.category.name(), n.title,
                n.organisation, n.country, n.stakeholderGroup, n.projectUrl, List.of(n.sdgs), n.status);
    }
}

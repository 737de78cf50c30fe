package org.wsis.web.clients.prizes;

import java.time.Instant;
import java.util.List;

/** prizes-service's Nomination. */
public record Nomination(String id,
        Integer edition,
        String category,
        Integer categoryNumber,
        String title,
        String organisation,
        String country,
        String stakeholderGroup,
        String description,
        String projectUrl,
        List<Integer> sdgs,
        String status,
        String reviewReason,
        Instant submittedAt,
        Instant reviewedAt) {
}

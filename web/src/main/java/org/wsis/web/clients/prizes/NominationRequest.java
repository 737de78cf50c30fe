package org.wsis.web.clients.prizes;

import java.util.List;

/** prizes-service's NominationRequest: A project submitted to one prize category. */
public record NominationRequest(String title,
        String category,
        String organisation,
        String country,
        String stakeholderGroup,
        String description,
        String projectUrl,
        List<Integer> sdgs) {
}

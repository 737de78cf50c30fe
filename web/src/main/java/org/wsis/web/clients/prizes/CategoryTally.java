package org.wsis.web.clients.prizes;

import java.util.List;

/** prizes-service's CategoryTally. */
public record CategoryTally(String category,
        Integer categoryNumber,
        String title,
        Long total,
        List<NominationTally> nominations) {
}

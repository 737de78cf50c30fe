package org.wsis.web.clients.prizes;

import java.util.List;

/** prizes-service's NominationPage. */
public record NominationPage(List<Nomination> items,
        Integer page,
        Integer size,
        Long total) {
}

package org.wsis.web.clients.sessions;

import java.util.List;

/** sessions-service's ProposalPage. */
public record ProposalPage(List<Proposal> items,
        Integer page,
        Integer size,
        Long total) {
}

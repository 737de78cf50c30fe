package org.wsis.web.clients.prizes;

import java.util.List;

/** prizes-service's Tallies: Live vote counts per category with nominated projects. */
public record Tallies(Integer edition,
        Long totalVotes,
        List<CategoryTally> categories) {
}

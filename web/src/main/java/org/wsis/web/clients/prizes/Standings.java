package org.wsis.web.clients.prizes;

import java.util.List;

/** prizes-service's Standings. */
public record Standings(Integer edition,
        List<CategoryStandings> categories) {
}

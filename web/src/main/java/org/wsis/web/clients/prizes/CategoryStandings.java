package org.wsis.web.clients.prizes;

import java.util.List;

/** prizes-service's CategoryStandings. */
public record CategoryStandings(String category,
        Integer categoryNumber,
        String title,
        StandingsEntry winner,
        List<StandingsEntry> champions) {
}

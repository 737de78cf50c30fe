package org.wsis.web.clients.sessions;

import java.util.List;

/** sessions-service's AgendaChanges. */
public record AgendaChanges(List<String> added,
        List<String> removed,
        List<String> moved) {
}

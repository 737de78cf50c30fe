package org.wsis.web.clients.sessions;

import java.util.List;

/** sessions-service's SessionPage. */
public record SessionPage(List<Session> items,
        Integer page,
        Integer size,
        Long total) {
}

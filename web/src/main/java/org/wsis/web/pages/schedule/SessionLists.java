package org.wsis.web.pages.schedule;

import org.wsis.web.clients.SessionsApi;
import org.wsis.web.clients.sessions.Session;
import org.wsis.web.clients.sessions.SessionPage;

import java.util.ArrayList;
import java.util.List;

/** Every page of a sessions query: the service answers at most 200 a page. */
final class SessionLists {

    static final int PAGE_SIZE = 200;
    /** 200 000 sessions: far beyond any forum, a bound in case a service kept answering full pages. */
    private static final int MAX_PAGES = 1000;

    private SessionLists() {
    }

    static List<Session> all(SessionsApi sessions, int edition, String day, String status) {
        List<Session> all = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            SessionPage answer = sessions.sessions(edition, null, day, null, page, null, PAGE_SIZE, null, status);
            List<Session> items = answer == null || answer.items() == null ? List.of() : answer.items();
            all.addAll(items);
            if (items.size() < PAGE_SIZE || answer.total() != null && all.size() >= answer.total()) {
                break;
            }
        }
        return all;
    }
}

package org.wsis.web.pages.me;

import org.wsis.web.pages.Pages;

import org.wsis.web.clients.ServiceProblem;

/** Ids typed into a path: a malformed one is a page that does not exist (404), never a failure. */
final class Ids {

    private Ids() {
    }

    /** The id in its canonical (lower-case) form, or the 404 page. */
    static String uuid(String text) {
        return Pages.uuid(text).orElseThrow(Ids::notFound);
    }

    /** Shown by ErrorPages as "We could not find this page." */
    static ServiceProblem notFound() {
        return new ServiceProblem(404, "Not Found", null, null, null, null);
    }
}

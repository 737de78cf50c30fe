package org.wsis.web.pages.me;

import org.wsis.web.clients.ServiceProblem;

import java.util.UUID;
import java.util.regex.Pattern;

/** Ids typed into a path: a malformed one is a page that does not exist (404), never a failure. */
final class Ids {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {
    }

    /** The id in its canonical (lower-case) form, or the 404 page. */
    static String uuid(String text) {
        if (text == null || !UUID_TEXT.matcher(text).matches()) {
            throw notFound();
        }
        return UUID.fromString(text).toString();
    }

    /** Shown by ErrorPages as "We could not find this page." */
    static ServiceProblem notFound() {
        return new ServiceProblem(404, "Not Found", null, null, null, null);
    }
}

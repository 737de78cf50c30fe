package org.wsis.web.pages.prizes;

import java.util.List;

/** The contest's phases in their order: SUBMISSION → REVIEW → VOTING → EVALUATION → CLOSED. */
final class Phases {

    static final String VOTING = "VOTING";
    static final String CLOSED = "CLOSED";
    private static final List<String> ORDER = List.of("SUBMISSION", "REVIEW", VOTING, "EVALUATION", CLOSED);

    private Phases() {
    }

    /** Whether {@code phase} is {@code than} or a later one (an unknown phase is neither). */
    static boolean atLeast(String phase, String than) {
        int index = phase == null ? -1 : ORDER.indexOf(phase);
        return index >= 0 && index >= ORDER.indexOf(than);
    }
}

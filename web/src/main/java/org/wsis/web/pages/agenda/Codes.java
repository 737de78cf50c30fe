package org.wsis.web.pages.agenda;

import java.util.List;

/** The codes the agenda's filters accept (the contract's SessionFormat and ActionLine), in the contract's order. */
public final class Codes {

    public static final List<String> FORMATS = List.of("HIGH_LEVEL_POLICY_SESSION", "MINISTERIAL_ROUNDTABLE",
            "HIGH_LEVEL_DIALOGUE", "ACTION_LINE_FACILITATION_MEETING", "THEMATIC_WORKSHOP", "COUNTRY_WORKSHOP",
            "KNOWLEDGE_CAFE", "OPEN_SPACE_TALK", "SPECIAL_TRACK", "HACKATHON", "PRIZE_CEREMONY");

    public static final List<String> ACTION_LINES = List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7_E_GOVERNMENT",
            "C7_E_BUSINESS", "C7_E_LEARNING", "C7_E_HEALTH", "C7_E_EMPLOYMENT", "C7_E_ENVIRONMENT",
            "C7_E_AGRICULTURE", "C7_E_SCIENCE", "C8", "C9", "C10", "C11");

    private Codes() {
    }

    /** Null for a blank form value (the select's "any" choice). */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package org.wsis.sessions;

/** The kinds of session the Forum programme has. */
public enum SessionFormat {
    HIGH_LEVEL_POLICY_SESSION,
    MINISTERIAL_ROUNDTABLE,
    HIGH_LEVEL_DIALOGUE,
    ACTION_LINE_FACILITATION_MEETING,
    THEMATIC_WORKSHOP,
    COUNTRY_WORKSHOP,
    KNOWLEDGE_CAFE,
    OPEN_SPACE_TALK,
    SPECIAL_TRACK,
    HACKATHON,
    PRIZE_CEREMONY
}

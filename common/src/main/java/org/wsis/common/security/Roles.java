package org.wsis.common.security;

/** The roles carried in the token's {@code groups} claim. */
public final class Roles {

    public static final String PARTICIPANT = "participant";
    public static final String ORGANISER = "organiser";
    public static final String REVIEWER = "reviewer";

    private Roles() {
    }
}

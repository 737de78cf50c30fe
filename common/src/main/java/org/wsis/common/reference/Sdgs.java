package org.wsis.common.reference;

/** The 17 Sustainable Development Goals, referred to by number (the bounds of every {@code sdgs} field). */
public final class Sdgs {

    public static final int FIRST = 1;
    public static final int LAST = 17;

    private Sdgs() {
    }
}

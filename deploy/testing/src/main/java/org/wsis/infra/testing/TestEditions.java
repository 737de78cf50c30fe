package org.wsis.infra.testing;

import java.util.Properties;

/**
 * Hands out edition years to module tests so that tests sharing one database never share an edition.
 *
 * <p>Each module's test run has its own PostgreSQL (see {@link PostgresResource}) and runs in one JVM, so a
 * counter per JVM is enough. The counter lives in a system property rather than in a static field: Quarkus
 * loads test classes in its own class loader (a new one if the application restarts, for another test
 * profile say), and a static field per class loader would hand out the same editions twice. The editions come from {@value #FIRST}-{@value #LAST}: inside the 2000-2999 that
 * the services' {@code @Edition} constraint accepts, away from the demo data's 2026, from the bench's
 * 2500-2999 and from the literal editions the tests still name on purpose (an edition's specific value,
 * an edition nobody uses).
 */
public final class TestEditions {

    /** The first edition handed out. */
    public static final int FIRST = 2300;
    /** The last edition that can be handed out. */
    public static final int LAST = 2499;

    private static final String COUNTER = "wsis.test.editions.next";

    private TestEditions() {
    }

    /** An edition no other test of this JVM has been given. */
    public static int next() {
        Properties properties = System.getProperties();
        int edition;
        synchronized (properties) { // the one lock every class loader's copy of this class shares
            edition = Integer.parseInt(properties.getProperty(COUNTER, String.valueOf(FIRST)));
            properties.setProperty(COUNTER, String.valueOf(edition + 1));
        }
        if (edition > LAST) {
            throw new IllegalStateException("every test edition " + FIRST + "-" + LAST
                    + " is used: widen TestEditions' range or let tests share editions");
        }
        return edition;
    }
}

package org.wsis.infra.testing;

import io.restassured.RestAssured;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Lets a {@code @BeforeAll} set-up call the application under test. Quarkus points REST Assured at
 * it only before each test (quarkusio/quarkus#28066), so a per-class set-up would otherwise reach
 * the default port; the application is already running when {@code @BeforeAll} methods run, and its
 * actual port (the test port is random) is in its configuration.
 */
public final class TestApplication {

    private TestApplication() {
    }

    /** Points REST Assured at the running application; Quarkus does the same again before each test. */
    public static void pointRestAssured() {
        RestAssured.port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }
}

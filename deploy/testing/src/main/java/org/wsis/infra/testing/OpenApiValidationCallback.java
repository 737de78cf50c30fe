package org.wsis.infra.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Installs {@link OpenApiResponseValidation} (and {@link EventStreamCut}, without which it would wait for
 * ever on an event stream) for every {@code @QuarkusTest} of a module that has
 * this library on its test class path (registered in {@code META-INF/services}). It runs in the
 * test's class loader, so it reaches the RestAssured the tests use.
 */
public class OpenApiValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(OpenApiResponseValidation.INSTANCE)) {
            RestAssured.filters(OpenApiResponseValidation.INSTANCE);
        }
        if (!RestAssured.filters().contains(EventStreamCut.INSTANCE)) {
            RestAssured.filters(EventStreamCut.INSTANCE);
        }
    }
}

package org.wsis.registration;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.wsis.infra.testing.OpenApiFuzzChecks;
import org.wsis.infra.testing.TestEditions;

/** Hostile input from registration-service's OpenAPI document: no 5xx, clean problems, no state change. */
@QuarkusTest
class OpenApiFuzzTest extends OpenApiFuzzChecks {

    private static final int EDITION = TestEditions.next();

    @BeforeEach
    void open() {
        Api.openRegistration(EDITION, 100);
    }

    @Override
    protected int edition() {
        return EDITION;
    }
}

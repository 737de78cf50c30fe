package org.wsis.sessions;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.wsis.infra.testing.OpenApiFuzzChecks;
import org.wsis.infra.testing.TestEditions;

import java.util.Set;

/** Hostile input from sessions-service's OpenAPI document: no 5xx, clean problems, no state change. */
@QuarkusTest
class OpenApiFuzzTest extends OpenApiFuzzChecks {

    private static final int EDITION = TestEditions.next();

    @BeforeEach
    void venue() {
        Api.venue(EDITION);
    }

    @Override
    protected int edition() {
        return EDITION;
    }

    @Override
    protected Set<String> volatileTables() {
        // the read model fed by participant events, and the revision of names its changes bump
        return Set.of("participant", "agenda_names_revision");
    }
}

package org.wsis.prizes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.wsis.infra.testing.OpenApiFuzzChecks;
import org.wsis.infra.testing.TestEditions;

import java.util.Set;

/** Hostile input from prizes-service's OpenAPI document: no 5xx, clean problems, no state change. */
@QuarkusTest
class OpenApiFuzzTest extends OpenApiFuzzChecks {

    private static final int EDITION = TestEditions.next();
    // once for the class in the first @BeforeEach, not in @BeforeAll: Quarkus points REST Assured at the
    // application only in its beforeEach
    private static boolean opened;

    @BeforeEach
    void contest() {
        if (!opened) {
            Api.openContest(EDITION, 5);
            opened = true;
        }
    }

    @Override
    protected int edition() {
        return EDITION;
    }

    @Override
    protected Object pathValue(String name) {
        return name.equals("code") ? "C1" : super.pathValue(name);
    }

    @Override
    protected Set<String> volatileTables() {
        return Set.of("eligible_voter"); // the voter roll fed by participant events
    }
}

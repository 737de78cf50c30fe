package org.wsis.prizes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.wsis.infra.testing.OpenApiFuzzChecks;

import java.util.Set;

/** Hostile input from prizes-service's OpenAPI document: no 5xx, clean problems, no state change. */
@QuarkusTest
class OpenApiFuzzTest extends OpenApiFuzzChecks {

    private static final int EDITION = 2905;
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

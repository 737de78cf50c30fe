package org.wsis.prizes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.wsis.infra.testing.OpenApiFuzzChecks;
import org.wsis.infra.testing.TestApplication;
import org.wsis.infra.testing.TestEditions;

import java.util.Set;

/** Hostile input from prizes-service's OpenAPI document: no 5xx, clean problems, no state change. */
@QuarkusTest
class OpenApiFuzzTest extends OpenApiFuzzChecks {

    private static final int EDITION = TestEditions.next();

    @BeforeAll
    static void contest() {
        TestApplication.pointRestAssured();
        Api.openContest(EDITION, 5);
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

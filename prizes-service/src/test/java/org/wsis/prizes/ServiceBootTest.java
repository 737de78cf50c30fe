package org.wsis.prizes;

import io.quarkus.test.junit.QuarkusTest;
import org.wsis.infra.testing.ServiceBootChecks;

/** The service boots against real PostgreSQL and Kafka: health, OpenAPI, migrations, problem+json. */
@QuarkusTest
class ServiceBootTest extends ServiceBootChecks {

    ServiceBootTest() {
        super("WSIS prizes-service", "contest", "contest_phase_change", "nomination", "nomination_tally", "vote",
                "eligible_voter", "champion", "category_winner");
    }

    @Override
    protected java.util.List<String> consumers() {
        return java.util.List.of("prizes-service-participants");
    }
}

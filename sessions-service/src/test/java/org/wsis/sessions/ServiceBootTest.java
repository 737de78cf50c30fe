package org.wsis.sessions;

import io.quarkus.test.junit.QuarkusTest;
import org.wsis.infra.testing.ServiceBootChecks;

/** The service boots against real PostgreSQL and Kafka: health, OpenAPI, migrations, problem+json. */
@QuarkusTest
class ServiceBootTest extends ServiceBootChecks {

    ServiceBootTest() {
        super("WSIS sessions-service", "participant");
    }

    @Override
    protected java.util.List<String> consumers() {
        return java.util.List.of("sessions-service.participants", "sessions-service.prizes");
    }
}

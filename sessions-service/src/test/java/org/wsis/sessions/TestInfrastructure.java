package org.wsis.sessions;

import io.quarkus.test.common.QuarkusTestResource;
import org.wsis.infra.testing.JwtResource;
import org.wsis.infra.testing.KafkaResource;
import org.wsis.infra.testing.PostgresResource;

/** Real PostgreSQL and Kafka, started once for the module's whole test run. */
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = JwtResource.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {
}

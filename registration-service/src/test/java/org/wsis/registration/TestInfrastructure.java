package org.wsis.registration;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.wsis.infra.testing.JwtResource;
import org.wsis.infra.testing.KafkaResource;
import org.wsis.infra.testing.PostgresResource;

/**
 * Real PostgreSQL and Kafka, started once for the module's whole test run.
 *
 * <p>{@code GLOBAL} scope applies the resources to every test class of the module, as
 * {@code restrictToAnnotatedClass = false} did: one set of resources and one Quarkus boot shared by all
 * {@code @QuarkusTest} classes (the default, {@code RESTRICTED_TO_CLASS}, would restart Quarkus per class).
 */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = JwtResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {
}

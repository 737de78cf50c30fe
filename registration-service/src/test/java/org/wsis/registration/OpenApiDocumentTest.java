package org.wsis.registration;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.OpenApiDocumentChecks;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentChecks {

    OpenApiDocumentTest() {
        // 11: the CSV export shares GET /registrations (Accept: text/csv)
        super(Set.of("GET /editions/{edition}/registration-settings", "GET /editions/{edition}/registration-statistics"),
                11);
    }

    @Test
    void registeringIsRateLimitedWithRetryAfter() {
        assertThat(document().getString("paths.\"/editions/{edition}/registrations\".post.responses.429.headers.Retry-After.$ref"))
                .isEqualTo("#/components/headers/Retry-After");
    }

    @Test
    void changingARegistrationIsRateLimitedWithRetryAfter() {
        assertThat(document().getString("paths.\"/editions/{edition}/registrations/{id}\".patch.responses.429.headers.Retry-After.$ref"))
                .isEqualTo("#/components/headers/Retry-After");
    }

    @Test
    void theSearchDocumentsBothRepresentations() {
        assertThat(document().getMap("paths.\"/editions/{edition}/registrations\".get.responses.200.content"))
                .containsKeys("application/json", "text/csv");
    }
}

package org.wsis.prizes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.OpenApiDocumentChecks;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentChecks {

    OpenApiDocumentTest() {
        super(Set.of(
                "GET /categories",
                "GET /editions/{edition}/contest",
                "GET /editions/{edition}/nominations",
                "GET /editions/{edition}/nominations/{id}",
                "GET /editions/{edition}/votes/receipts/{receipt}",
                "GET /editions/{edition}/champions",
                "GET /editions/{edition}/results"), 18);
    }

    @Test
    void votingAndWinnerRefusalsAreDocumented() {
        var doc = document();
        assertThat(doc.getMap("paths.\"/editions/{edition}/votes\".post.responses")).containsKeys("201", "200", "404", "409");
        assertThat(doc.getMap("paths.\"/editions/{edition}/categories/{code}/winner\".put.responses")).containsKeys("422");
    }
}

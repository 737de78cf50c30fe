package org.wsis.sessions;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.OpenApiDocumentChecks;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentChecks {

    OpenApiDocumentTest() {
        super(Set.of(
                "GET /editions/{edition}/venue",
                "GET /editions/{edition}/rooms",
                "GET /editions/{edition}/sessions",
                "GET /editions/{edition}/sessions/{id}",
                "GET /editions/{edition}/agenda",
                "GET /editions/{edition}/agenda.ics"), 19);
    }

    @Test
    void schedulingConflictsAndTheCalendarAreDocumented() {
        var doc = document();
        assertThat(doc.getMap("components.schemas")).containsKeys("SlotConflict", "Agenda", "Session");
        assertThat(doc.getMap("paths.'/editions/{edition}/sessions/{id}/slot'.put.responses.409")).isNotNull();
        assertThat(doc.getMap("paths.'/editions/{edition}/agenda.ics'.get.responses.200.content"))
                .containsKey("text/calendar");
    }
}

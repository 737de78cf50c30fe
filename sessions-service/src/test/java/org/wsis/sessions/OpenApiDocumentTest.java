package org.wsis.sessions;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.OpenApiDocumentChecks;

import java.util.List;
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

    @Test
    void theAgendaDeclaresItsValidatorsAndNotModified() {
        var doc = document();
        for (String path : List.of("/editions/{edition}/agenda", "/editions/{edition}/agenda.ics")) {
            String get = "paths.'" + path + "'.get.";
            for (String code : List.of("200", "304")) {
                assertThat(doc.getMap(get + "responses." + code + ".headers")).as(path + " " + code)
                        .containsKeys("ETag", "Cache-Control");
                assertThat(doc.getBoolean(get + "responses." + code + ".headers.ETag.required")).isTrue();
                assertThat(doc.getBoolean(get + "responses." + code + ".headers.Cache-Control.required")).isTrue();
            }
            assertThat(doc.getMap(get + "responses.304")).as(path + " 304 has no body").doesNotContainKey("content");
            assertThat(doc.getList(get + "parameters.name", String.class)).contains("If-None-Match");
        }
    }
}

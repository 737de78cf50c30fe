package org.wsis.sessions;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.wsis.common.reference.ActionLine;
import org.wsis.infra.testing.TestEditions;
import org.wsis.sessions.service.AgendaCache;
import org.wsis.sessions.service.AgendaCalendar;
import org.wsis.sessions.service.AgendaFilter;
import org.wsis.sessions.service.AgendaService;
import org.wsis.sessions.rest.AgendaViews;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.wsis.sessions.Api.as;
import static org.wsis.sessions.Api.base;
import static org.wsis.sessions.Api.newSession;
import static org.wsis.sessions.Api.organiser;
import static org.wsis.sessions.Api.session;
import static org.wsis.sessions.Api.slot;

/**
 * The public agenda is rendered once per release, names revision and filter, and served with a
 * strong ETag: 304 while the client's copy is current; a new release or a speaker's new or erased
 * name changes every view, also when another instance made the change (simulated here by writing
 * to the shared database directly, past this instance's code). The cached bytes are exactly what
 * the plain rendering (the code path the agenda used before it was cached) gives.
 */
@QuarkusTest
class AgendaCacheTest {

    private static final int EDITION = TestEditions.next();
    private static final String TOPIC = "wsis.participants";
    private static final String JSON_TYPE = "application/json;charset=UTF-8";
    private static final String ICS_TYPE = "text/calendar; charset=UTF-8";
    private static final String CACHE_CONTROL = "public, max-age=60";
    private static final AgendaFilter ALL = new AgendaFilter(null, null, null, null);

    @Inject
    AgroalDataSource db;
    @Inject
    AgendaCache cache;
    @Inject
    AgendaService agenda;
    @Inject
    AgendaViews views;
    @Inject
    AgendaCalendar calendar;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "wsis.agenda.cache.max-entries", defaultValue = "512")
    int maxEntries;

    @Test
    void viewsAreRenderedOnceRevalidatedByETagAndReplacedByANewRelease() throws Exception {
        int edition = EDITION;
        Api.venue(edition);
        String roomA = Api.room(edition, "Cache room A", 100, true);
        String roomB = Api.room(edition, "Cache room B", 100, true);
        Api.Person speaker = Api.participantIn(db, edition, "CONFIRMED", "Zoë Ñandú-Okafor");
        String opening = newSession(edition, session("Opening; with, \"escapes\"", "HYBRID", 80, List.of(speaker.id())));
        Map<String, Object> clinicBody = session("Online clinic", "VIRTUAL", 500, List.of());
        clinicBody.put("format", "KNOWLEDGE_CAFE");
        clinicBody.put("actionLines", List.of("C9"));
        String clinic = newSession(edition, clinicBody);
        String late = newSession(edition, session("Late addition", "IN_PERSON", 20, List.of()));
        Api.schedule(edition, opening, slot(roomA, "2026-07-06T09:00:00+02:00", "2026-07-06T10:00:00+02:00"));
        Api.schedule(edition, clinic, slot(null, "2026-07-07T16:00:00+02:00", "2026-07-07T17:00:00+02:00"));
        as(organiser()).post(base(edition) + "/agenda/releases").then().statusCode(201).body("version", equalTo(1));

        // the same bytes as the plain rendering, a strong ETag, and the public caching policy
        Response json = json(edition, "");
        String jsonTag = json.header("ETag");
        assertThat(jsonTag).matches("\"[A-Za-z0-9_-]{24}\"");
        assertThat(json.contentType()).isEqualTo(JSON_TYPE);
        assertThat(json.header("Cache-Control")).isEqualTo(CACHE_CONTROL);
        assertThat(json.asByteArray()).isEqualTo(plainJson(edition, ALL));
        Response ics = ics(edition, "");
        String icsTag = ics.header("ETag");
        assertThat(icsTag).matches("\"[A-Za-z0-9_-]{24}\"").isNotEqualTo(jsonTag);
        assertThat(ics.contentType()).isEqualTo(ICS_TYPE);
        assertThat(ics.header("Content-Disposition")).isEqualTo("inline; filename=\"wsis-forum-" + edition + ".ics\"");
        assertThat(ics.header("Cache-Control")).isEqualTo(CACHE_CONTROL);
        assertThat(ics.asByteArray()).isEqualTo(plainIcs(edition, ALL));
        assertThat(text(ics)).contains("Zoë Ñandú-Okafor");

        // rendered once: reading again renders nothing and answers the same tag and bytes
        long renders = cache.renders();
        for (int i = 0; i < 5; i++) {
            Response again = json(edition, "");
            assertThat(again.header("ETag")).isEqualTo(jsonTag);
            assertThat(again.asByteArray()).isEqualTo(json.asByteArray());
            assertThat(ics(edition, "").header("ETag")).isEqualTo(icsTag);
        }
        assertThat(cache.renders()).as("views served from the cache").isEqualTo(renders);

        // If-None-Match: the tag, W/ the tag, the tag in a list, or * answer 304 without a body
        for (String ifNoneMatch : List.of(jsonTag, "W/" + jsonTag, "\"stale\", " + jsonTag, "*")) {
            notModified(get(ifNoneMatch).accept("application/json"), base(edition) + "/agenda", jsonTag);
        }
        for (String ifNoneMatch : List.of(icsTag, "\"stale\",W/" + icsTag, "*")) {
            notModified(get(ifNoneMatch), base(edition) + "/agenda.ics", icsTag);
        }
        // another view's tag, or a tag of nothing, gets the full answer
        assertThat(get(icsTag).get(base(edition) + "/agenda").then().statusCode(200).extract().asByteArray())
                .isEqualTo(json.asByteArray());
        assertThat(get("\"stale\"").get(base(edition) + "/agenda.ics").then().statusCode(200).extract().header("ETag"))
                .isEqualTo(icsTag);

        // filtered views: each its own tag, the plain rendering's bytes, stable across reads
        Map<String, AgendaFilter> filters = new LinkedHashMap<>();
        filters.put("", ALL);
        filters.put("?day=2026-07-06", new AgendaFilter(LocalDate.parse("2026-07-06"), null, null, null));
        filters.put("?day=2026-07-09", new AgendaFilter(LocalDate.parse("2026-07-09"), null, null, null));
        filters.put("?roomId=" + roomA, new AgendaFilter(null, UUID.fromString(roomA), null, null));
        filters.put("?actionLine=C9", new AgendaFilter(null, null, ActionLine.C9, null));
        filters.put("?format=KNOWLEDGE_CAFE", new AgendaFilter(null, null, null, SessionFormat.KNOWLEDGE_CAFE));
        filters.put("?day=2026-07-07&format=KNOWLEDGE_CAFE",
                new AgendaFilter(LocalDate.parse("2026-07-07"), null, null, SessionFormat.KNOWLEDGE_CAFE));
        Map<String, byte[]> bytesByTag = new LinkedHashMap<>();
        Set<String> distinctContents = new HashSet<>();
        for (var filter : filters.entrySet()) {
            Response view = json(edition, filter.getKey());
            assertThat(view.asByteArray()).as("JSON " + filter.getKey()).isEqualTo(plainJson(edition, filter.getValue()));
            assertThat(json(edition, filter.getKey()).header("ETag")).isEqualTo(view.header("ETag"));
            Response cal = ics(edition, filter.getKey());
            assertThat(cal.asByteArray()).as("iCalendar " + filter.getKey()).isEqualTo(plainIcs(edition, filter.getValue()));
            assertThat(ics(edition, filter.getKey()).header("ETag")).isEqualTo(cal.header("ETag"));
            for (Response r : List.of(view, cal)) {
                byte[] before = bytesByTag.put(r.header("ETag"), r.asByteArray());
                assertThat(before == null || Arrays.equals(before, r.asByteArray()))
                        .as("one tag, one content: " + filter.getKey()).isTrue();
                distinctContents.add(new String(r.asByteArray(), StandardCharsets.UTF_8));
            }
            notModified(get(view.header("ETag")), base(edition) + "/agenda" + filter.getKey(), view.header("ETag"));
        }
        // a tag per content: views that differ have different tags (the same bytes under two
        // filters, e.g. ?actionLine=C9 and ?format=KNOWLEDGE_CAFE here, share theirs, as they should)
        assertThat(bytesByTag).as("a tag per distinct content").hasSameSizeAs(distinctContents);
        assertThat(distinctContents).hasSizeGreaterThanOrEqualTo(8);
        json(edition, "?day=2026-07-06").then().body("days.date", equalTo(List.of("2026-07-06")))
                .body("days[0].sessions.sessionId", equalTo(List.of(opening)));
        json(edition, "?format=KNOWLEDGE_CAFE").then().body("days[0].sessions.sessionId", equalTo(List.of(clinic)));
        json(edition, "?day=2026-07-09").then().body("days.size()", equalTo(0));

        // a new release changes the content and the tag; the old tag now gets the full answer
        Api.schedule(edition, late, slot(roomB, "2026-07-08T10:00:00+02:00", "2026-07-08T11:00:00+02:00"));
        as(organiser()).post(base(edition) + "/agenda/releases").then().statusCode(201).body("version", equalTo(2));
        Response v2 = get(jsonTag).accept("application/json").get(base(edition) + "/agenda");
        v2.then().statusCode(200).body("version", equalTo(2))
                .body("days.date", equalTo(List.of("2026-07-06", "2026-07-07", "2026-07-08")));
        assertThat(v2.header("ETag")).isNotEqualTo(jsonTag);
        assertThat(v2.asByteArray()).isEqualTo(plainJson(edition, ALL));
        Response ics2 = get(icsTag).get(base(edition) + "/agenda.ics");
        assertThat(ics2.statusCode()).isEqualTo(200);
        assertThat(ics2.header("ETag")).isNotEqualTo(icsTag);
        assertThat(text(ics2)).contains("Late addition").contains("(version 2)");
        assertThat(ics2.asByteArray()).isEqualTo(plainIcs(edition, ALL));

        // a release committed by another instance (straight into the shared database) is served at once
        try (var c = db.getConnection(); var s = c.prepareStatement("INSERT INTO agenda_release "
                + "(edition, version, published_at, time_zone, entries) SELECT edition, version + 1, "
                + "published_at + interval '1 minute', time_zone, entries FROM agenda_release "
                + "WHERE edition = ? AND version = 2")) {
            s.setInt(1, edition);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        Response v3 = json(edition, "");
        v3.then().body("version", equalTo(3));
        assertThat(v3.header("ETag")).isNotEqualTo(v2.header("ETag"));
        assertThat(v3.asByteArray()).isEqualTo(plainJson(edition, ALL));
        assertThat(text(ics(edition, ""))).contains("(version 3)");
    }

    @Test
    void aSpeakersNewNameOrErasureChangesEveryView() throws Exception {
        int edition = TestEditions.next();
        UUID amina = UUID.randomUUID();
        String aminaSubject = "p-" + amina;
        Events.send(TOPIC,
                Events.participantEvent("registered", edition, amina, aminaSubject, "Amina Diallo"),
                Events.participantEvent("confirmed", edition, amina, aminaSubject, "Amina Diallo"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "CONFIRMED".equals(status(amina)));
        Api.Person lucas = Api.participantIn(db, edition, "CONFIRMED", "Lucas Ferreira");
        Api.venue(edition);
        String room = Api.room(edition, "Names room", 50, true);
        String id = newSession(edition, session("Health data", "HYBRID", 40, List.of(amina, lucas.id())));
        Api.schedule(edition, id, slot(room, "2026-07-07T10:00:00+02:00", "2026-07-07T11:00:00+02:00"));
        as(organiser()).post(base(edition) + "/agenda/releases").then().statusCode(201);

        Response json = json(edition, "");
        json.then().body("days[0].sessions[0].speakers", equalTo(List.of("Amina Diallo", "Lucas Ferreira")));
        Response ics = ics(edition, "");
        assertThat(text(ics)).contains("Amina Diallo");
        String dayTag = json(edition, "?day=2026-07-07").header("ETag");

        // participant.updated with a new name, applied by the consumer: every view changes
        Events.send(TOPIC, Events.participantEvent("updated", edition, amina, aminaSubject, "Amina Diallo-Sow"));
        await().atMost(Duration.ofSeconds(30)).until(() -> json(edition, "").asString().contains("Amina Diallo-Sow"));
        Response renamed = get(json.header("ETag")).accept("application/json").get(base(edition) + "/agenda");
        renamed.then().statusCode(200)
                .body("days[0].sessions[0].speakers", equalTo(List.of("Amina Diallo-Sow", "Lucas Ferreira")));
        assertThat(renamed.header("ETag")).isNotEqualTo(json.header("ETag"));
        assertThat(renamed.asByteArray()).isEqualTo(plainJson(edition, ALL));
        Response renamedIcs = get(ics.header("ETag")).get(base(edition) + "/agenda.ics");
        assertThat(renamedIcs.statusCode()).isEqualTo(200);
        assertThat(renamedIcs.header("ETag")).isNotEqualTo(ics.header("ETag"));
        assertThat(text(renamedIcs)).contains("Amina Diallo-Sow");
        assertThat(renamedIcs.asByteArray()).isEqualTo(plainIcs(edition, ALL));
        assertThat(json(edition, "?day=2026-07-07").header("ETag")).as("filtered views too").isNotEqualTo(dayTag);

        // participant.erased: the name is gone from JSON and iCalendar, with new tags
        Events.send(TOPIC, Events.participantEvent("erased", edition, amina, null, null));
        await().atMost(Duration.ofSeconds(30)).until(() -> !json(edition, "").asString().contains("Amina"));
        Response erased = json(edition, "");
        erased.then().body("days[0].sessions[0].speakers", equalTo(List.of("Lucas Ferreira")));
        assertThat(erased.header("ETag")).isNotEqualTo(renamed.header("ETag"));
        assertThat(erased.asByteArray()).isEqualTo(plainJson(edition, ALL));
        Response erasedIcs = get(renamedIcs.header("ETag")).get(base(edition) + "/agenda.ics");
        assertThat(erasedIcs.statusCode()).isEqualTo(200);
        assertThat(erasedIcs.header("ETag")).isNotEqualTo(renamedIcs.header("ETag"));
        assertThat(text(erasedIcs)).doesNotContain("Amina").contains("Lucas Ferreira");
        assertThat(erasedIcs.asByteArray()).isEqualTo(plainIcs(edition, ALL));

        // a name changed by another instance (straight into the shared database): the very next read
        // shows it, without waiting for anything this instance hears
        try (var c = db.getConnection(); var s = c.prepareStatement(
                "UPDATE participant SET display_name = 'Lucas F. Ferreira' WHERE participant_id = ?")) {
            s.setObject(1, lucas.id());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
        json(edition, "").then().body("days[0].sessions[0].speakers", equalTo(List.of("Lucas F. Ferreira")));
        assertThat(text(ics(edition, ""))).contains("Lucas F. Ferreira");

        // a change that prints no other name (a status) keeps the views cached
        String tag = json(edition, "").header("ETag");
        long renders = cache.renders();
        try (var c = db.getConnection(); var s = c.prepareStatement(
                "UPDATE participant SET status = 'WAITLISTED' WHERE participant_id = ?")) {
            s.setObject(1, lucas.id());
            s.executeUpdate();
        }
        assertThat(json(edition, "").header("ETag")).isEqualTo(tag);
        assertThat(cache.renders()).isEqualTo(renders);
    }

    @Test
    void endlesslyVariedFiltersOnlyRecycleABoundedCache() throws Exception {
        int edition = TestEditions.next();
        Api.venue(edition);
        String room = Api.room(edition, "Bounded room", 50, true);
        String id = newSession(edition, session("Bounded", "IN_PERSON", 40, List.of()));
        Api.schedule(edition, id, slot(room, "2026-07-07T10:00:00+02:00", "2026-07-07T11:00:00+02:00"));
        as(organiser()).post(base(edition) + "/agenda/releases").then().statusCode(201);
        String tag = json(edition, "").header("ETag");

        List<java.util.concurrent.Callable<Integer>> calls = new ArrayList<>();
        LocalDate day = LocalDate.parse("2026-01-01");
        for (int i = 0; i < maxEntries + 100; i++) {
            String query = "?day=" + day.plusDays(i);
            calls.add(() -> given().get(base(edition) + "/agenda.ics" + query).statusCode());
        }
        assertThat(Api.parallel(calls)).containsOnly(200);
        assertThat(cache.size()).isLessThanOrEqualTo(maxEntries);
        // still correct afterwards, evicted or not
        Response json = json(edition, "");
        assertThat(json.header("ETag")).isEqualTo(tag);
        assertThat(json.asByteArray()).isEqualTo(plainJson(edition, ALL));
    }

    private static RequestSpecification get(String ifNoneMatch) {
        return given().header("If-None-Match", ifNoneMatch);
    }

    private static Response json(int edition, String query) {
        return given().accept("application/json").get(base(edition) + "/agenda" + query)
                .then().statusCode(200).extract().response();
    }

    private static Response ics(int edition, String query) {
        return given().get(base(edition) + "/agenda.ics" + query).then().statusCode(200).extract().response();
    }

    /** iCalendar text with folded lines joined again (RFC 5545 §3.1). */
    private static String text(Response ics) {
        return ics.asString().replace("\r\n ", "");
    }

    private static void notModified(RequestSpecification request, String path, String etag) {
        Response answer = request.get(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(304);
        assertThat(answer.asByteArray()).isEmpty();
        assertThat(answer.header("ETag")).isEqualTo(etag);
        assertThat(answer.header("Cache-Control")).isEqualTo(CACHE_CONTROL);
    }

    /** What the agenda answered before it was cached: the view record as JAX-RS serialised it. */
    private byte[] plainJson(int edition, AgendaFilter filter) throws Exception {
        return mapper.writeValueAsBytes(views.json(agenda.latest(edition), filter));
    }

    private byte[] plainIcs(int edition, AgendaFilter filter) {
        return calendar.write(agenda.latest(edition), filter).getBytes(StandardCharsets.UTF_8);
    }

    private String status(UUID id) throws Exception {
        try (var c = db.getConnection();
             var s = c.prepareStatement("SELECT status FROM participant WHERE participant_id = ?")) {
            s.setObject(1, id);
            try (var r = s.executeQuery()) {
                return r.next() ? r.getString(1) : "";
            }
        }
    }
}

package org.wsis.sessions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.wsis.infra.testing.AuthorizationMatrixChecks;
import org.wsis.infra.testing.TestEditions;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what in sessions-service: proposals belong to their proposer (others get 404 and
 * never see the content), seats to their holder, everything else to organisers; the venue, rooms,
 * scheduled sessions and the agenda are public.
 */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixChecks {

    private static final int EDITION = TestEditions.next();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void venue() {
        Api.venue(EDITION);
    }

    @Override
    protected List<Row> table() {
        String base = "/editions/{edition}";
        String proposal = base + "/proposals/{id}";
        String session = base + "/sessions/{id}";
        return List.of(
                op("PUT " + base + "/venue").secured().other(403).owner(403).reviewer(403).organiser(200),
                op("GET " + base + "/venue").anonymous(200).badToken(200).other(200).owner(200).reviewer(200).organiser(200),
                op("POST " + base + "/rooms").secured().other(403).owner(403).reviewer(403).organiser(201),
                op("GET " + base + "/rooms").anonymous(200).badToken(200).other(200).owner(200).reviewer(200).organiser(200),
                op("POST " + base + "/proposals").secured().other(201).owner(201).reviewer(403).organiser(403),
                op("GET " + base + "/proposals").secured().other(200).owner(200).reviewer(403).organiser(200),
                op("GET " + proposal).secured().other(404).owner(200).reviewer(403).organiser(200),
                op("POST " + proposal + "/decision").secured().other(403).owner(403).reviewer(403).organiser(200),
                op("POST " + base + "/sessions").secured().other(403).owner(403).reviewer(403).organiser(201),
                op("GET " + base + "/sessions").anonymous(200).badToken(401).other(200).owner(200).reviewer(200).organiser(200),
                op("GET " + session).anonymous(200).badToken(401).other(200).owner(200).reviewer(200).organiser(200),
                op("PUT " + session + "/slot").secured().other(403).owner(403).reviewer(403).organiser(200),
                op("DELETE " + session + "/slot").secured().other(403).owner(403).reviewer(403).organiser(200),
                op("POST " + session + "/cancellation").secured().other(403).owner(403).reviewer(403).organiser(200),
                op("POST " + session + "/attendance").secured().other(403).owner(201).reviewer(403).organiser(403),
                op("DELETE " + session + "/attendance").secured().other(404).owner(204).reviewer(403).organiser(403),
                op("POST " + base + "/agenda/releases").secured().other(403).owner(403).reviewer(403).organiser(201),
                op("GET " + base + "/agenda").anonymous(200).badToken(200).other(200).owner(200).reviewer(200).organiser(200),
                op("GET " + base + "/agenda.ics").anonymous(200).badToken(200).other(200).owner(200).reviewer(200).organiser(200));
    }

    @Override
    protected Target prepare(String operation, Caller caller) {
        Api.Person owner = person();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> content = Api.session("Confidential plan " + unique, "VIRTUAL", 50, List.of(owner.id()));
        String path = operation.substring(operation.indexOf(' ') + 1);
        if (path.startsWith("/editions/{edition}/proposals")) {
            String id = Api.as(Api.participant(owner.subject())).body(content)
                    .post(Api.base(EDITION) + "/proposals").then().statusCode(201).extract().path("id");
            Target target = Target.of(owner.subject(), Map.of("edition", EDITION, "id", id))
                    .withSecrets(Set.of("Confidential plan " + unique));
            return operation.startsWith("POST /editions/{edition}/proposals") && path.endsWith("proposals")
                    ? target.withBody(json(Api.session("Another " + unique, "VIRTUAL", 50, List.of(owner.id()))))
                    : target;
        }
        String sessionId = Api.newSession(EDITION, content);
        if (!operation.startsWith("PUT ")) {
            Api.schedule(EDITION, sessionId, Api.slot(null, "2026-07-07T10:00:00+02:00", "2026-07-07T11:00:00+02:00"));
        }
        Target target = Target.of(owner.subject(), Map.of("edition", EDITION, "id", sessionId));
        if (operation.equals("DELETE /editions/{edition}/sessions/{id}/attendance")) {
            Api.as(Api.participant(owner.subject())).body(Map.of("mode", "REMOTE"))
                    .post(Api.base(EDITION) + "/sessions/" + sessionId + "/attendance").then().statusCode(201);
        }
        return switch (operation) {
            case "PUT /editions/{edition}/venue" -> target.withBody("{\"startDate\":\"2026-07-06\",\"endDate\":\"2026-07-10\","
                    + "\"timeZone\":\"Europe/Zurich\",\"dailyStart\":\"09:00\",\"dailyEnd\":\"18:00\"}");
            case "POST /editions/{edition}/rooms" -> target.withBody(json(Map.of("name", "Room " + unique,
                    "capacity", 100, "hybrid", true)));
            case "POST /editions/{edition}/sessions" -> target.withBody(json(content));
            case "PUT /editions/{edition}/sessions/{id}/slot" ->
                    target.withBody(json(Api.slot(null, "2026-07-08T10:00:00+02:00", "2026-07-08T11:00:00+02:00")));
            case "POST /editions/{edition}/sessions/{id}/attendance" -> target.withBody("{\"mode\":\"REMOTE\"}");
            default -> target;
        };
    }

    private Api.Person person() {
        try {
            return Api.participantIn(db, EDITION, "CONFIRMED", "Speaker");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(new HashMap<>((Map<?, ?>) value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

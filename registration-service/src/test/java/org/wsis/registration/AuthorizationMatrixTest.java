package org.wsis.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.wsis.infra.testing.AuthorizationMatrixChecks;
import org.wsis.infra.testing.TestEditions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what in registration-service (BOLA, BFLA, excessive data exposure): each operation
 * against a fresh registration owned by a participant; nobody but the owner and organisers sees
 * the owner's email, name or accessibility needs.
 */
@QuarkusTest
class AuthorizationMatrixTest extends AuthorizationMatrixChecks {

    private static final int EDITION = TestEditions.next();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void open() {
        Api.openRegistration(EDITION, 10_000);
    }

    @Override
    protected List<Row> table() {
        String base = "/editions/{edition}";
        String one = base + "/registrations/{id}";
        return List.of(
                op("PUT " + base + "/registration-settings").secured().other(403).owner(403).reviewer(403).organiser(200),
                op("GET " + base + "/registration-settings").anonymous(200).badToken(200).other(200).owner(200).reviewer(200).organiser(200),
                op("GET " + base + "/registration-statistics").anonymous(200).badToken(200).other(200).owner(200).reviewer(200).organiser(200),
                // the owner already holds a live registration: a second one is a conflict
                op("POST " + base + "/registrations").secured().other(201).owner(409).reviewer(403).organiser(403),
                op("GET " + base + "/registrations").secured().other(403).owner(403).reviewer(403).organiser(200),
                op("GET " + base + "/registrations/me").secured().other(404).owner(200).reviewer(403).organiser(403),
                op("GET " + one).secured().other(404).owner(200).reviewer(403).organiser(200),
                op("PATCH " + one).secured().other(404).owner(200).reviewer(403).organiser(403),
                op("DELETE " + one).secured().other(404).owner(204).reviewer(403).organiser(204),
                op("POST " + one + "/accreditation").secured().other(403).owner(403).reviewer(403).organiser(200),
                op("POST " + one + "/cancellation").secured().other(404).owner(200).reviewer(403).organiser(200));
    }

    @Override
    protected Target prepare(String operation, Caller caller) {
        String owner = Api.newSubject();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Api.registration("CIVIL_SOCIETY", "REMOTE"); // stays PENDING
        body.put("lastName", "Secretname" + unique);
        body.put("email", "secret." + unique + "@example.org");
        body.put("accessibilityNeeds", "Sign language " + unique);
        String id = Api.register(EDITION, owner, body);
        Target target = Target.of(owner, Map.of("edition", EDITION, "id", id))
                .withSecrets(Set.of("Secretname" + unique, "secret." + unique, "Sign language " + unique));
        if (operation.equals("POST /editions/{edition}/registrations")) {
            return target.withBody(json(Api.registration("GOVERNMENT", "REMOTE")));
        }
        if (operation.startsWith("PUT ")) {
            return target.withBody("{\"inPersonCapacity\":10000,\"opensAt\":\"2020-01-01T00:00:00Z\","
                    + "\"closesAt\":\"2099-01-01T00:00:00Z\"}");
        }
        return target;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

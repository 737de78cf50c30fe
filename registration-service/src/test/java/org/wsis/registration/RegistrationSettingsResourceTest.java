package org.wsis.registration;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.wsis.registration.Api.anonymous;
import static org.wsis.registration.Api.as;
import static org.wsis.registration.Api.organiser;
import static org.wsis.registration.Api.participant;

@QuarkusTest
class RegistrationSettingsResourceTest {

    private static final Map<String, Object> SETTINGS = Map.of(
            "inPersonCapacity", 300, "opensAt", "2026-01-15T00:00:00Z", "closesAt", "2026-06-30T23:59:59Z");

    @Test
    void organiserSetsSettingsAndAnyoneReadsThem() {
        int edition = TestEditions.next();
        as(organiser()).body(SETTINGS).put("/editions/" + edition + "/registration-settings")
                .then().statusCode(200)
                .body("edition", equalTo(edition))
                .body("inPersonCapacity", equalTo(300))
                .body("opensAt", equalTo("2026-01-15T00:00:00Z"))
                .body("closesAt", equalTo("2026-06-30T23:59:59Z"));

        anonymous().get("/editions/" + edition + "/registration-settings")
                .then().statusCode(200).body("inPersonCapacity", equalTo(300));
    }

    @Test
    void onlyOrganisersChangeSettings() {
        int edition = TestEditions.next();
        anonymous().body(SETTINGS).put("/editions/" + edition + "/registration-settings")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401));
        as(participant("someone")).body(SETTINGS).put("/editions/" + edition + "/registration-settings")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        anonymous().get("/editions/" + edition + "/registration-settings")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void invalidSettingsAreRefusedPrecisely() {
        int edition = TestEditions.next();
        as(organiser()).body(Map.of("inPersonCapacity", -1, "opensAt", "2026-01-15T00:00:00Z",
                        "closesAt", "2026-06-30T23:59:59Z"))
                .put("/editions/" + edition + "/registration-settings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("inPersonCapacity"));
        as(organiser()).body(Map.of("inPersonCapacity", 10, "opensAt", "2026-06-30T00:00:00Z",
                        "closesAt", "2026-01-15T00:00:00Z"))
                .put("/editions/" + edition + "/registration-settings")
                .then().statusCode(400).body("violations.field", hasItem("closesAt"));
        as(organiser()).body(Map.of("inPersonCapacity", 10, "opensAt", "next monday",
                        "closesAt", "2026-01-15T00:00:00Z"))
                .put("/editions/" + edition + "/registration-settings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("opensAt"));
        anonymous().get("/editions/" + edition + "/registration-settings").then().statusCode(404);
    }

    @Test
    void capacityCannotDropBelowConfirmedSeats() {
        int edition = TestEditions.next();
        Api.openRegistration(edition, 2);
        Api.register(edition, Api.newSubject(), Api.registration("GOVERNMENT", "IN_PERSON"));
        Api.register(edition, Api.newSubject(), Api.registration("GOVERNMENT", "IN_PERSON"));

        as(organiser()).body(Map.of("inPersonCapacity", 1, "opensAt", "2026-01-15T00:00:00Z",
                        "closesAt", "2030-06-30T23:59:59Z"))
                .put("/editions/" + edition + "/registration-settings")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:wsis:problem:capacity-below-confirmed"));
        anonymous().get("/editions/" + edition + "/registration-settings").then().body("inPersonCapacity", equalTo(2));
    }
}

package org.wsis.sessions;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.wsis.sessions.Api.anonymous;
import static org.wsis.sessions.Api.as;
import static org.wsis.sessions.Api.base;
import static org.wsis.sessions.Api.organiser;
import static org.wsis.sessions.Api.participant;

@QuarkusTest
class VenueAndRoomsTest {

    private static final int EDITION = TestEditions.next();
    private static final String PROBLEM = "application/problem+json";

    @Test
    void organisersSetTheVenueAndEveryoneReadsIt() {
        anonymous().get(base(EDITION) + "/venue").then().statusCode(404).contentType(PROBLEM);
        Api.venue(EDITION);
        anonymous().get(base(EDITION) + "/venue").then().statusCode(200)
                .body("timeZone", equalTo("Europe/Zurich"))
                .body("startDate", equalTo(Api.FIRST_DAY))
                .body("dailyStart", startsWith("09:00")).body("dailyEnd", startsWith("18:00"));

        Map<String, Object> body = Map.of("startDate", "2026-07-06", "endDate", "2026-07-10",
                "timeZone", "Europe/Zurich", "dailyStart", "09:00", "dailyEnd", "18:00");
        anonymous().body(body).put(base(EDITION) + "/venue").then().statusCode(401).contentType(PROBLEM);
        as(participant("p-venue")).body(body).put(base(EDITION) + "/venue").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void aVenueThatCanNeverBeValidIsRefused() {
        as(organiser()).body(Map.of("startDate", "2026-07-06", "endDate", "2026-07-10", "timeZone", "Mars/Olympus",
                        "dailyStart", "09:00", "dailyEnd", "18:00"))
                .put(base(EDITION) + "/venue").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("timeZone"));
        as(organiser()).body(Map.of("startDate", "2026-07-10", "endDate", "2026-07-06", "timeZone", "Europe/Zurich",
                        "dailyStart", "09:00", "dailyEnd", "18:00"))
                .put(base(EDITION) + "/venue").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("endDate"));
        as(organiser()).body(Map.of("startDate", "2026-07-06", "endDate", "2026-07-10", "timeZone", "Europe/Zurich",
                        "dailyStart", "18:00", "dailyEnd", "09:00"))
                .put(base(EDITION) + "/venue").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("dailyEnd"));
        as(organiser()).body(Map.of("timeZone", "Europe/Zurich"))
                .put(base(EDITION) + "/venue").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("startDate"));
    }

    @Test
    void roomNamesAreUniquePerEdition() {
        as(organiser()).body(Map.of("name", "Popov Room", "capacity", 80, "hybrid", true))
                .post(base(EDITION) + "/rooms").then().statusCode(201)
                .header("Location", containsString("/rooms/"))
                .body("name", equalTo("Popov Room")).body("capacity", equalTo(80)).body("hybrid", equalTo(true));
        as(organiser()).body(Map.of("name", "Popov Room", "capacity", 40, "hybrid", false))
                .post(base(EDITION) + "/rooms").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:wsis:problem:room-name-taken"));
        // the same name in another edition is fine
        as(organiser()).body(Map.of("name", "Popov Room", "capacity", 40, "hybrid", false))
                .post(base(TestEditions.next()) + "/rooms").then().statusCode(201);

        anonymous().get(base(EDITION) + "/rooms").then().statusCode(200)
                .body("name", hasItem("Popov Room")).body("findAll { it.name == 'Popov Room' }", hasSize(1));
        as(participant("p-room")).body(Map.of("name", "Room B", "capacity", 40, "hybrid", false))
                .post(base(EDITION) + "/rooms").then().statusCode(403).contentType(PROBLEM);
        as(organiser()).body(Map.of("name", " ", "capacity", 0))
                .post(base(EDITION) + "/rooms").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("capacity")).body("violations.field", hasItem("hybrid"));
    }
}

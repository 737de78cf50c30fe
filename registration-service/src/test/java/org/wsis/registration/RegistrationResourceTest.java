package org.wsis.registration;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsis.common.observability.Sampler;
import org.wsis.infra.testing.ScrapedMetrics;
import org.wsis.infra.testing.TestEditions;

import java.sql.SQLException;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.wsis.registration.Api.anonymous;
import static org.wsis.registration.Api.as;
import static org.wsis.registration.Api.newSubject;
import static org.wsis.registration.Api.organiser;
import static org.wsis.registration.Api.participant;
import static org.wsis.registration.Api.register;
import static org.wsis.registration.Api.registration;

@QuarkusTest
class RegistrationResourceTest {

    private static final int EDITION = TestEditions.next();
    private static final String REGISTRATIONS = "/editions/" + EDITION + "/registrations";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Sampler sampler;

    @BeforeEach
    void open() {
        Api.openRegistration(EDITION, 1000);
    }

    @Test
    void registrationsAreGaugedByStatus() {
        sampler.sampleAll();
        double confirmed = ScrapedMetrics.scrape().value("wsis_registrations", "status=\"CONFIRMED\"");
        as(participant(newSubject())).body(registration("GOVERNMENT", "IN_PERSON")).post(REGISTRATIONS)
                .then().statusCode(201);
        sampler.sampleAll();

        ScrapedMetrics metrics = ScrapedMetrics.scrape();
        assertThat(metrics.value("wsis_registrations", "status=\"CONFIRMED\"")).isEqualTo(confirmed + 1);
        assertThat(metrics.has("wsis_registrations")).isTrue();
        assertThat(metrics.text()).as("one series per status, none per person")
                .containsPattern("(?m)^wsis_registrations\\{[^}]*status=\"ERASED\"")
                .doesNotContainPattern("(?m)^wsis_registrations\\{[^}]*(subject|email|edition)=");
    }

    @Test
    void governmentDelegateIsAccreditedAtOnce() {
        String subject = newSubject();
        Map<String, Object> body = registration("GOVERNMENT", "IN_PERSON");
        body.put("visaSupportRequested", true);
        body.put("nationality", "SN");
        ExtractableResponse<Response> created = as(participant(subject)).body(body).post(REGISTRATIONS)
                .then().statusCode(201).extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(REGISTRATIONS + "/" + id);
        assertThat((String) created.path("status")).isEqualTo("CONFIRMED");

        given().auth().oauth2(participant(subject)).get(created.header("Location"))
                .then().statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("email", equalTo(body.get("email")))
                .body("visaSupportRequested", equalTo(true))
                .body("nationality", equalTo("SN"))
                .body("edition", equalTo(EDITION));
    }

    @Test
    void othersWaitForAnOrganiser() {
        for (String group : new String[] {"PRIVATE_SECTOR", "CIVIL_SOCIETY", "ACADEMIA", "TECHNICAL_COMMUNITY", "MEDIA"}) {
            as(participant(newSubject())).body(registration(group, "REMOTE")).post(REGISTRATIONS)
                    .then().statusCode(201).body("status", equalTo("PENDING"));
        }
        as(participant(newSubject())).body(registration("INTERNATIONAL_ORGANIZATION", "REMOTE")).post(REGISTRATIONS)
                .then().statusCode(201).body("status", equalTo("CONFIRMED"));
    }

    @Test
    void onePersonAndOneEmailRegisterOnce() {
        String subject = newSubject();
        Map<String, Object> first = registration("CIVIL_SOCIETY", "REMOTE");
        register(EDITION, subject, first);

        as(participant(subject)).body(registration("CIVIL_SOCIETY", "REMOTE")).post(REGISTRATIONS)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:wsis:problem:already-registered"));

        Map<String, Object> sameEmail = registration("ACADEMIA", "REMOTE");
        sameEmail.put("email", ((String) first.get("email")).toUpperCase());
        as(participant(newSubject())).body(sameEmail).post(REGISTRATIONS)
                .then().statusCode(409).body("type", equalTo("urn:wsis:problem:email-taken"));
    }

    @Test
    void registrationOutsideTheWindowOrWithoutSettingsIsRefused() {
        int unopened = TestEditions.next(); // no settings at all
        int closed = TestEditions.next();
        as(organiser()).body(Map.of("inPersonCapacity", 10, "opensAt", "2020-01-01T00:00:00Z",
                "closesAt", "2020-02-01T00:00:00Z")).put("/editions/" + closed + "/registration-settings").then().statusCode(200);
        as(participant(newSubject())).body(registration("GOVERNMENT", "REMOTE")).post("/editions/" + closed + "/registrations")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:wsis:problem:registration-closed"));
        as(participant(newSubject())).body(registration("GOVERNMENT", "REMOTE")).post("/editions/" + unopened + "/registrations")
                .then().statusCode(409).body("type", equalTo("urn:wsis:problem:registration-not-open"));
    }

    @Test
    void invalidRegistrationsNameEachBadField() {
        Map<String, Object> body = registration("GOVERNMENT", "IN_PERSON");
        body.remove("firstName");
        body.put("email", "not-an-email");
        body.put("country", "XX");
        body.put("dataProcessingConsent", false);
        as(participant(newSubject())).body(body).post(REGISTRATIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body("violations.field", hasItem("firstName"))
                .body("violations.field", hasItem("email"))
                .body("violations.field", hasItem("country"))
                .body("violations.field", hasItem("dataProcessingConsent"));

        // names are one line of visible text: no line break, no invisible or direction-changing character
        for (String name : java.util.List.of("Diallo\rBEGIN:VEVENT", "Dia\nllo", "Dia\u200Bllo", "\u202Eollaid", "Dia\u0000llo")) {
            Map<String, Object> hostile = registration("GOVERNMENT", "IN_PERSON");
            hostile.put("lastName", name);
            as(participant(newSubject())).body(hostile).post(REGISTRATIONS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("lastName"));
        }

        Map<String, Object> visa = registration("GOVERNMENT", "IN_PERSON");
        visa.put("visaSupportRequested", true);
        as(participant(newSubject())).body(visa).post(REGISTRATIONS)
                .then().statusCode(400).body("violations[0].field", equalTo("nationality"));

        Map<String, Object> unknownGroup = registration("ASTRONAUTS", "IN_PERSON");
        as(participant(newSubject())).body(unknownGroup).post(REGISTRATIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("stakeholderGroup"))
                .body("detail", containsString("GOVERNMENT"));

        as(participant(newSubject())).body("{\"firstName\": \"Amina\",").post(REGISTRATIONS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:wsis:problem:malformed-json"));

        as(participant(newSubject())).body("").post(REGISTRATIONS)
                .then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(participant(newSubject())).contentType("text/plain").body("hello").post(REGISTRATIONS)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void refusalsChangeNothing() throws SQLException {
        long before = count("SELECT count(*) FROM registration WHERE edition = " + EDITION);
        long eventsBefore = count("SELECT count(*) FROM outbox_event");
        Map<String, Object> body = registration("GOVERNMENT", "IN_PERSON");
        body.put("country", "ZZ");
        as(participant(newSubject())).body(body).post(REGISTRATIONS).then().statusCode(400);
        anonymous().body(registration("GOVERNMENT", "IN_PERSON")).post(REGISTRATIONS).then().statusCode(401);
        as(organiser()).body(registration("GOVERNMENT", "IN_PERSON")).post(REGISTRATIONS).then().statusCode(403);
        assertThat(count("SELECT count(*) FROM registration WHERE edition = " + EDITION)).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM outbox_event")).isEqualTo(eventsBefore);
    }

    @Test
    void badTokensAreRefused() {
        anonymous().header("Authorization", "Bearer not.a.jwt").get(REGISTRATIONS + "/me")
                .then().statusCode(401).contentType("application/problem+json");
        String foreignIssuer = org.wsis.infra.JwtMinter.fromPem(privateKeyPem(), "https://evil.example")
                .mint("x", java.util.List.of("participant"), "X", "x@example.org");
        anonymous().header("Authorization", "Bearer " + foreignIssuer).get(REGISTRATIONS + "/me")
                .then().statusCode(401);
        String expired = org.wsis.infra.testing.TestTokens.minter()
                .mint("x", java.util.List.of("participant"), "X", "x@example.org", java.time.Duration.ofSeconds(-120));
        anonymous().header("Authorization", "Bearer " + expired).get(REGISTRATIONS + "/me")
                .then().statusCode(401);
    }

    @Test
    void ownerAndOrganiserSeeARegistrationOthersDoNot() {
        String owner = newSubject();
        String id = register(EDITION, owner, registration("ACADEMIA", "REMOTE"));

        as(participant(owner)).get(REGISTRATIONS + "/" + id).then().statusCode(200).body("id", equalTo(id));
        as(organiser()).get(REGISTRATIONS + "/" + id).then().statusCode(200).body("id", equalTo(id));
        as(participant(newSubject())).get(REGISTRATIONS + "/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("email", nullValue()).body("firstName", nullValue());
        as(org.wsis.infra.testing.TestTokens.reviewer()).get(REGISTRATIONS + "/" + id).then().statusCode(403);
        anonymous().get(REGISTRATIONS + "/" + id).then().statusCode(401);
        as(organiser()).get(REGISTRATIONS + "/not-a-uuid").then().statusCode(404).contentType("application/problem+json");

        as(participant(owner)).get(REGISTRATIONS + "/me").then().statusCode(200).body("id", equalTo(id));
        as(participant(newSubject())).get(REGISTRATIONS + "/me").then().statusCode(404);
    }

    @Test
    void ownerUpdatesContactDetailsAndAttendance() {
        String owner = newSubject();
        String id = register(EDITION, owner, registration("GOVERNMENT", "IN_PERSON"));

        // the email may become the address the owner's account has verified (the token's email)
        as(participant(owner)).body(Map.of("jobTitle", "Minister", "attendance", "REMOTE", "email", owner + "@example.org"))
                .patch(REGISTRATIONS + "/" + id)
                .then().statusCode(200)
                .body("jobTitle", equalTo("Minister"))
                .body("attendance", equalTo("REMOTE"))
                .body("status", equalTo("CONFIRMED"))
                .body("email", equalTo(owner + "@example.org"));

        as(participant(newSubject())).body(Map.of("jobTitle", "Hacker")).patch(REGISTRATIONS + "/" + id)
                .then().statusCode(404);
        as(organiser()).body(Map.of("jobTitle", "Organiser")).patch(REGISTRATIONS + "/" + id)
                .then().statusCode(403);
        as(participant(owner)).body(Map.of("email", "nope")).patch(REGISTRATIONS + "/" + id)
                .then().statusCode(400).body("violations.field", hasItem("email"));
        as(participant(owner)).body(Map.of("attendance", "SOMETIMES")).patch(REGISTRATIONS + "/" + id)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void organiserAccreditsPendingRegistrations() {
        String approved = register(EDITION, newSubject(), registration("PRIVATE_SECTOR", "REMOTE"));
        String rejected = register(EDITION, newSubject(), registration("MEDIA", "IN_PERSON"));

        as(organiser()).body(Map.of("decision", "APPROVE")).post(REGISTRATIONS + "/" + approved + "/accreditation")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        as(organiser()).body(Map.of("decision", "REJECT", "reason", "Could not verify affiliation"))
                .post(REGISTRATIONS + "/" + rejected + "/accreditation")
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("decisionReason", equalTo("Could not verify affiliation"));

        as(organiser()).body(Map.of("decision", "APPROVE")).post(REGISTRATIONS + "/" + approved + "/accreditation")
                .then().statusCode(409).body("type", equalTo("urn:wsis:problem:not-pending"));
        as(participant(newSubject())).body(Map.of("decision", "APPROVE"))
                .post(REGISTRATIONS + "/" + rejected + "/accreditation").then().statusCode(403);
        as(organiser()).body(Map.of("decision", "MAYBE")).post(REGISTRATIONS + "/" + rejected + "/accreditation")
                .then().statusCode(400).body("detail", containsString("APPROVE"));
        as(organiser()).body(Map.of()).post(REGISTRATIONS + "/" + rejected + "/accreditation")
                .then().statusCode(400).body("violations.field", hasItem("decision"));
        as(organiser()).body(Map.of("decision", "APPROVE"))
                .post(REGISTRATIONS + "/" + java.util.UUID.randomUUID() + "/accreditation").then().statusCode(404);
    }

    @Test
    void ownerOrOrganiserCancels() {
        String owner = newSubject();
        String byOwner = register(EDITION, owner, registration("GOVERNMENT", "REMOTE"));
        String byOrganiser = register(EDITION, newSubject(), registration("GOVERNMENT", "REMOTE"));

        as(participant(newSubject())).post(REGISTRATIONS + "/" + byOwner + "/cancellation").then().statusCode(404);
        as(participant(owner)).post(REGISTRATIONS + "/" + byOwner + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        as(organiser()).post(REGISTRATIONS + "/" + byOrganiser + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        as(participant(owner)).post(REGISTRATIONS + "/" + byOwner + "/cancellation")
                .then().statusCode(409).body("type", equalTo("urn:wsis:problem:not-live"));

        // a cancelled person may register again
        register(EDITION, owner, registration("GOVERNMENT", "REMOTE"));
    }

    @Test
    void erasureWipesEveryPersonalField() throws SQLException {
        String owner = newSubject();
        Map<String, Object> body = registration("GOVERNMENT", "IN_PERSON");
        body.put("accessibilityNeeds", "Sign language interpretation");
        body.put("visaSupportRequested", true);
        body.put("nationality", "SN");
        String id = register(EDITION, owner, body);

        as(participant(newSubject())).delete(REGISTRATIONS + "/" + id).then().statusCode(404);
        as(participant(owner)).delete(REGISTRATIONS + "/" + id).then().statusCode(204);

        as(organiser()).get(REGISTRATIONS + "/" + id).then().statusCode(200)
                .body("status", equalTo("ERASED"))
                .body("firstName", nullValue()).body("lastName", nullValue()).body("email", nullValue())
                .body("organisation", nullValue()).body("jobTitle", nullValue()).body("country", nullValue())
                .body("nationality", nullValue()).body("accessibilityNeeds", nullValue());
        assertThat(count("SELECT count(*) FROM registration WHERE id = '" + id + "' AND subject IS NULL AND email IS NULL"
                + " AND first_name IS NULL AND last_name IS NULL AND organisation IS NULL AND job_title IS NULL"
                + " AND country IS NULL AND nationality IS NULL AND accessibility_needs IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM registration WHERE email = '" + body.get("email") + "'")).isZero();

        as(organiser()).delete(REGISTRATIONS + "/" + id).then().statusCode(204);
        as(participant(owner)).get(REGISTRATIONS + "/me").then().statusCode(404);
    }

    @Test
    void organisersSearchFilterPageAndExport() {
        int edition = TestEditions.next();
        Api.openRegistration(edition, 100);
        String path = "/editions/" + edition + "/registrations";
        for (int i = 0; i < 3; i++) {
            register(edition, newSubject(), registration("GOVERNMENT", "IN_PERSON"));
        }
        Map<String, Object> kenyan = registration("CIVIL_SOCIETY", "REMOTE");
        kenyan.put("country", "KE");
        kenyan.put("organisation", "=HYPERLINK(\"http://evil\")");
        kenyan.put("lastName", "Wanjiru");
        register(edition, newSubject(), kenyan);

        given().auth().oauth2(organiser()).accept("*/*").get(path).then().statusCode(200)
                .contentType(containsString("application/json")).body("total", equalTo(4));
        as(organiser()).get(path).then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(0)).body("size", equalTo(50)).body("items", hasSize(4));
        as(organiser()).queryParam("size", 2).queryParam("page", 1).get(path).then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(1)).body("items", hasSize(2));
        as(organiser()).queryParam("country", "KE").get(path).then()
                .body("total", equalTo(1)).body("items[0].lastName", equalTo("Wanjiru"));
        as(organiser()).queryParam("status", "CONFIRMED").queryParam("attendance", "IN_PERSON").get(path).then()
                .body("total", equalTo(3)).body("items.stakeholderGroup", everyItem(equalTo("GOVERNMENT")));
        as(organiser()).queryParam("stakeholderGroup", "CIVIL_SOCIETY").get(path).then().body("total", equalTo(1));
        as(organiser()).queryParam("q", "wanJ").get(path).then().body("total", equalTo(1));
        as(organiser()).queryParam("q", "%").get(path).then().body("total", equalTo(0));
        as(organiser()).queryParam("size", 500).get(path).then().statusCode(400)
                .contentType("application/problem+json").body("violations.field", hasItem("size"));
        // a query value of the wrong type is the client's mistake, named, never a 404 "No such resource"
        for (Map.Entry<String, String> wrong : Map.of("status", "DANCING", "page", "abc", "size", "1e3",
                "attendance", "SOMETIMES").entrySet()) {
            as(organiser()).queryParam(wrong.getKey(), wrong.getValue()).get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("violations.field", hasItem(wrong.getKey()));
        }
        as(organiser()).queryParam("page", "2147483648").get(path).then().statusCode(400)
                .body("violations[0].field", equalTo("page")).body("violations[0].message", containsString("whole number"));
        as(participant(newSubject())).get(path).then().statusCode(403);

        String csv = given().auth().oauth2(organiser()).accept("text/csv").get(path)
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("id,status,firstName,lastName,email");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        given().auth().oauth2(participant(newSubject())).accept("text/csv").get(path).then().statusCode(403);
    }

    @Test
    void statisticsArePublicAndCountWithoutPersonalData() {
        int unknown = TestEditions.next(); // an edition nobody opened
        int edition = TestEditions.next();
        Api.openRegistration(edition, 1);
        register(edition, newSubject(), registration("GOVERNMENT", "IN_PERSON"));
        register(edition, newSubject(), registration("GOVERNMENT", "IN_PERSON"));
        register(edition, newSubject(), registration("ACADEMIA", "REMOTE"));

        anonymous().get("/editions/" + edition + "/registration-statistics").then().statusCode(200)
                .body("total", equalTo(3))
                .body("byStatus.CONFIRMED", equalTo(1))
                .body("byStatus.WAITLISTED", equalTo(1))
                .body("byStatus.PENDING", equalTo(1))
                .body("byStakeholderGroup.GOVERNMENT", equalTo(2))
                .body("byCountry.SN", equalTo(3))
                .body("byAttendance.IN_PERSON", equalTo(2))
                .body("inPersonCapacity", equalTo(1))
                .body("confirmedInPerson", equalTo(1))
                .body("waitlisted", equalTo(1))
                .body("$", not(org.hamcrest.Matchers.hasKey("items")));
        anonymous().get("/editions/" + unknown + "/registration-statistics").then().statusCode(200)
                .body("total", equalTo(0)).body("inPersonCapacity", nullValue());
    }

    @Test
    void unknownPathsAndMethodsAnswerProblems() {
        as(organiser()).get("/nowhere").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        as(organiser()).put(REGISTRATIONS + "/me").then().statusCode(405)
                .contentType("application/problem+json").body("status", equalTo(405));
    }

    private long count(String sql) throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String privateKeyPem() {
        try {
            // a different key than the one the service trusts
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("foreign-key");
            org.wsis.infra.JwtMinter.generateKeyPair(dir.resolve("k.pem"), dir.resolve("p.pem"));
            return java.nio.file.Files.readString(dir.resolve("k.pem"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

}

package org.wsis.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsis.infra.JwtMinter;
import org.wsis.infra.testing.TestEditions;
import org.wsis.infra.testing.TestTokens;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.wsis.registration.Api.as;
import static org.wsis.registration.Api.newSubject;
import static org.wsis.registration.Api.organiser;
import static org.wsis.registration.Api.participant;
import static org.wsis.registration.Api.register;
import static org.wsis.registration.Api.registration;

/**
 * Email addresses: a PATCH is no oracle of who else is registered, and an address is one address
 * whatever its case, surrounding spaces or look-alike characters. Test tokens carry the verified
 * address {@code <subject>@example.org}.
 */
@QuarkusTest
class EmailAddressTest {

    private static final int EDITION = TestEditions.next();
    private static final String REGISTRATIONS = "/editions/" + EDITION + "/registrations";
    // non-ASCII characters travel as \\u escapes: the bytes on the wire do not depend on a charset
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void open() {
        Api.openRegistration(EDITION, 1000);
    }

    @Test
    void changingToAnotherAddressAnswersTheSameWhetherOrNotItIsRegistered() {
        Map<String, Object> otherBody = registration("GOVERNMENT", "REMOTE");
        String other = register(EDITION, newSubject(), otherBody);
        String otherEmail = (String) otherBody.get("email");
        String otherBefore = as(organiser()).get(REGISTRATIONS + "/" + other).then().statusCode(200).extract().asString();

        String prober = newSubject();
        String id = register(EDITION, prober, registration("GOVERNMENT", "REMOTE"));
        String proberBefore = as(participant(prober)).get(REGISTRATIONS + "/" + id).then().extract().asString();

        Response free = patch(prober, id, Map.of("email", "nobody." + UUID.randomUUID() + "@example.org"));
        assertThat(free.statusCode()).isEqualTo(409);
        assertThat(free.contentType()).isEqualTo("application/problem+json");
        assertThat(free.jsonPath().getString("type")).isEqualTo("urn:wsis:problem:email-not-verified");
        for (String taken : List.of(otherEmail, otherEmail.toUpperCase(), " " + otherEmail + " ")) {
            Response answer = patch(prober, id, Map.of("email", taken));
            assertThat(answer.statusCode()).as(taken).isEqualTo(free.statusCode());
            assertThat(answer.contentType()).isEqualTo(free.contentType());
            assertThat(answer.asString()).as(taken).isEqualTo(free.asString());
        }

        as(organiser()).get(REGISTRATIONS + "/" + other).then().statusCode(200).body(equalTo(otherBefore));
        as(participant(prober)).get(REGISTRATIONS + "/" + id).then().statusCode(200).body(equalTo(proberBefore));
    }

    @Test
    void theAccountsVerifiedAddressIsTakenAndOnlyItsOwnConflictIsNamed() {
        String owner = newSubject();
        String id = register(EDITION, owner, registration("ACADEMIA", "REMOTE"));
        patch(owner, id, Map.of("email", " " + owner.toUpperCase() + "@Example.ORG "))
                .then().statusCode(200).body("email", equalTo(owner + "@example.org"));

        // someone registered with my address: I may learn that, it is mine
        String mine = newSubject();
        Map<String, Object> squatting = registration("ACADEMIA", "REMOTE");
        squatting.put("email", mine + "@example.org");
        register(EDITION, newSubject(), squatting);
        String myId = register(EDITION, mine, registration("ACADEMIA", "REMOTE"));
        patch(mine, myId, Map.of("email", mine + "@example.org"))
                .then().statusCode(409).body("type", equalTo("urn:wsis:problem:email-taken"));

        // an address the identity provider says it has not verified proves nothing
        String unverified = newSubject();
        String unverifiedId = register(EDITION, unverified, registration("ACADEMIA", "REMOTE"));
        Instant now = Instant.now();
        String token = TestTokens.minter().sign(Map.of("iss", JwtMinter.DEFAULT_ISSUER, "sub", unverified,
                "upn", unverified, "groups", List.of("participant"), "email", unverified + "@example.org",
                "email_verified", false, "iat", now.getEpochSecond(), "exp", now.getEpochSecond() + 600,
                "jti", UUID.randomUUID().toString()));
        as(token).body(Map.of("email", unverified + "@example.org")).patch(REGISTRATIONS + "/" + unverifiedId)
                .then().statusCode(409).body("type", equalTo("urn:wsis:problem:email-not-verified"));
    }

    @Test
    void addressesAreStoredTrimmedAndInLowerCaseSoVariantsCollide() throws SQLException {
        Map<String, Object> body = registration("GOVERNMENT", "REMOTE");
        body.put("email", "  Alice@Example.ORG ");
        String id = as(participant(newSubject())).body(body).post(REGISTRATIONS)
                .then().statusCode(201).body("email", equalTo("alice@example.org")).extract().path("id");
        assertThat(storedEmail(id)).isEqualTo("alice@example.org");

        Map<String, Object> again = registration("GOVERNMENT", "REMOTE");
        again.put("email", "ALICE@example.org");
        as(participant(newSubject())).body(again).post(REGISTRATIONS)
                .then().statusCode(409).body("type", equalTo("urn:wsis:problem:email-taken"));
    }

    @Test
    void lookAlikeAddressesAreRefusedNamingTheField() throws SQLException {
        String owner = newSubject();
        String id = register(EDITION, owner, registration("GOVERNMENT", "REMOTE"));
        long before = count();
        for (String lookAlike : List.of("alice\u200B@example.org", "\u202Ealice@example.org",
                "\u0430lice@example.org", "alice@ex\u0430mple.org")) {
            Map<String, Object> body = registration("GOVERNMENT", "REMOTE");
            body.put("email", lookAlike);
            as(participant(newSubject())).body(json(body)).post(REGISTRATIONS)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("email"));
            as(participant(owner)).body(json(Map.of("email", lookAlike))).patch(REGISTRATIONS + "/" + id)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("email"));
        }
        assertThat(count()).isEqualTo(before);
    }

    private static Response patch(String subject, String id, Map<String, Object> body) {
        return as(participant(subject)).body(json(body)).patch(REGISTRATIONS + "/" + id);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String storedEmail(String id) throws SQLException {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT email FROM registration WHERE id = ?::uuid")) {
            statement.setString(1, id);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private long count() throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT count(*) FROM registration WHERE edition = " + EDITION)) {
            result.next();
            return result.getLong(1);
        }
    }
}

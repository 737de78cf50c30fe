package org.wsis.registration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.wsis.registration.Api.as;
import static org.wsis.registration.Api.newSubject;
import static org.wsis.registration.Api.participant;
import static org.wsis.registration.Api.register;
import static org.wsis.registration.Api.registration;

/**
 * Email addresses: an address is one address whatever its case, surrounding spaces or look-alike
 * characters.
 */
@QuarkusTest
class EmailAddressTest {

    private static final int EDITION = 2091;
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

package org.wsis.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.wsis.common.ratelimit.RateLimiter;
import org.wsis.infra.testing.TableCounts;
import org.wsis.infra.testing.TestEditions;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration abuse limits: per identity and per client address on creating and on changing a
 * registration (429 problem+json with Retry-After, nothing stored), and the body size bound (413 problem+json, nothing stored). The
 * rate limits are lowered at run time through the limiter; the test profile keeps them high for
 * every other test.
 */
@QuarkusTest
class AbuseLimitsTest {

    private static final int EDITION = TestEditions.next();

    @Inject
    RateLimiter limiter;

    @AfterEach
    void reset() {
        limiter.reset();
    }

    @Test
    void oneAccountRegisteringOverAndOverIsSlowedDown() {
        Api.openRegistration(EDITION, 100);
        limiter.override(new RateLimiter.Limits(2, 1000));
        String subject = Api.newSubject();
        Api.register(EDITION, subject, Api.registration("GOVERNMENT", "REMOTE"));
        Api.as(Api.participant(subject)).body(Api.registration("GOVERNMENT", "REMOTE"))
                .post("/editions/{edition}/registrations", EDITION).then().statusCode(409);

        try (TableCounts tables = new TableCounts(Set.of("processed_event", "parked_event"))) {
            Map<String, Long> before = tables.snapshot();
            Response refused = Api.as(Api.participant(subject)).body(Api.registration("GOVERNMENT", "REMOTE"))
                    .post("/editions/{edition}/registrations", EDITION);
            assertTooMany(refused);
            assertThat(tables.snapshot()).isEqualTo(before);
        }
        // another account is not affected
        Api.register(EDITION, Api.newSubject(), Api.registration("GOVERNMENT", "REMOTE"));
    }

    @Test
    void oneAccountChangingItsRegistrationOverAndOverIsSlowedDown() {
        Api.openRegistration(EDITION, 100);
        String subject = Api.newSubject();
        String id = Api.register(EDITION, subject, Api.registration("GOVERNMENT", "REMOTE"));
        String path = "/editions/" + EDITION + "/registrations/" + id;
        limiter.override(new RateLimiter.Limits(2, 1000));
        for (int i = 0; i < 2; i++) {
            Api.as(Api.participant(subject)).body(Map.of("jobTitle", "Adviser " + i)).patch(path).then().statusCode(200);
        }

        assertTooMany(Api.as(Api.participant(subject)).body(Map.of("jobTitle", "Prober")).patch(path));
        Api.as(Api.participant(subject)).get(path).then().statusCode(200)
                .body("jobTitle", org.hamcrest.Matchers.equalTo("Adviser 1"));
    }

    @Test
    void oneAddressRegisteringManyAccountsIsSlowedDown() {
        Api.openRegistration(EDITION, 100);
        limiter.override(new RateLimiter.Limits(1000, 3));
        for (int i = 0; i < 3; i++) {
            Api.register(EDITION, Api.newSubject(), Api.registration("GOVERNMENT", "REMOTE"));
        }
        assertTooMany(Api.as(Api.participant(Api.newSubject())).body(Api.registration("GOVERNMENT", "REMOTE"))
                .post("/editions/{edition}/registrations", EDITION));
    }

    @Test
    void aBodyBeyondTheLimitIsRefusedWithAProblemAndStoresNothing() throws Exception {
        Api.openRegistration(EDITION, 100);
        Map<String, Object> body = Api.registration("GOVERNMENT", "REMOTE");
        body.put("accessibilityNeeds", "x".repeat(600 * 1024));
        byte[] json = new ObjectMapper().writeValueAsBytes(body);

        try (TableCounts tables = new TableCounts(Set.of("processed_event", "parked_event"))) {
            Map<String, Long> before = tables.snapshot();
            // a declared Content-Length is judged before the body is read
            Response tooLarge = Api.as(Api.participant(Api.newSubject())).body(json)
                    .post("/editions/{edition}/registrations", EDITION);
            assertTooLarge(tooLarge);
            // a body of unknown length (chunked) is refused once past the limit; RestAssured always
            // declares a length, so this one goes through the JDK client
            HttpResponse<String> chunked = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                                    + "/editions/" + EDITION + "/registrations"))
                            .header("Authorization", "Bearer " + Api.participant(Api.newSubject()))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(chunked.statusCode()).isEqualTo(413);
            assertThat(chunked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(chunked.body()).isEqualTo(tooLarge.asString());
            assertThat(tables.snapshot()).isEqualTo(before);
        }
    }

    @Test
    void bodiesWithinTheLimitAreReadWhateverTheirFraming() throws Exception {
        Api.openRegistration(EDITION, 100);
        ObjectMapper mapper = new ObjectMapper();
        // chunked over HTTP/1.1, and the JDK client's default (HTTP/2 over cleartext upgrade)
        for (HttpClient.Version version : HttpClient.Version.values()) {
            byte[] json = mapper.writeValueAsBytes(Api.registration("GOVERNMENT", "REMOTE"));
            HttpResponse<String> accepted = HttpClient.newBuilder().version(version).build().send(
                    HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                                    + "/editions/" + EDITION + "/registrations"))
                            .header("Authorization", "Bearer " + Api.participant(Api.newSubject()))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(accepted.statusCode()).as(version + ": " + accepted.body()).isEqualTo(201);
        }
        // a POST without any body over HTTP/2 is a client's mistake, not a server error
        HttpResponse<String> empty = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                                + "/editions/" + EDITION + "/registrations"))
                        .header("Authorization", "Bearer " + Api.participant(Api.newSubject()))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
        assertThat(empty.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static void assertTooLarge(Response response) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(413);
        assertThat(response.jsonPath().getString("title")).isEqualTo("Payload too large");
        assertThat(response.jsonPath().getString("detail")).isEqualTo("The request body is larger than 512 KiB.");
    }

    private static void assertTooMany(Response response) {
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(Integer.parseInt(response.header("Retry-After"))).isBetween(1, 60);
    }
}

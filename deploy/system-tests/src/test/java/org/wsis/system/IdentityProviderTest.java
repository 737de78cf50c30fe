package org.wsis.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wsis.deploy.Service;

import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stack's identity provider is a real one: Keycloak issues the demo people's tokens (password grant
 * of the command-line client here; the web pages use the code flow), with their role in the
 * {@code groups} claim, and the services take them as they take {@code deploy/wsis token}'s.
 */
@ExtendWith(SystemStack.Extension.class)
class IdentityProviderTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keycloakSignsInTheDemoPeopleAndTheServicesTakeItsTokens() throws Exception {
        SystemStack stack = SystemStack.get();
        Properties secrets = new Properties();
        try (Reader in = Files.newBufferedReader(stack.config().identityDirectory().resolve("secrets.properties"))) {
            secrets.load(in);
        }

        HttpResponse<String> organiser = signIn(stack, "demo-organiser", secrets.getProperty("password.demo-organiser"));
        assertThat(organiser.statusCode()).as(organiser.body()).isEqualTo(200);
        String token = JSON.readTree(organiser.body()).path("access_token").asText();
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.path("iss").asText()).isEqualTo(stack.config().issuer());
        assertThat(claims.path("sub").asText()).isEqualTo("demo-organiser");
        assertThat(claims.path("groups").toString()).isEqualTo("[\"organiser\"]");

        assertThat(get(stack, "/editions/2026/registrations", token).statusCode()).isEqualTo(200);
        String participant = JSON.readTree(signIn(stack, "demo-participant",
                secrets.getProperty("password.demo-participant")).body()).path("access_token").asText();
        assertThat(get(stack, "/editions/2026/registrations", participant).statusCode())
                .as("a participant is no organiser").isEqualTo(403);
        HttpResponse<String> refused = signIn(stack, "demo-organiser", "not-the-password");
        assertThat(refused.statusCode()).isEqualTo(400); // OAuth 2.0: a wrong password is an invalid grant
        assertThat(JSON.readTree(refused.body()).path("error").asText()).isEqualTo("invalid_grant");
    }

    private static HttpResponse<String> signIn(SystemStack stack, String user, String password) throws Exception {
        String form = Map.of("grant_type", "password", "client_id", "wsis-cli", "username", user, "password", password)
                .entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stack.config().keycloakPort()
                                + "/realms/wsis/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(SystemStack stack, String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(stack.url(Service.REGISTRATION, path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}

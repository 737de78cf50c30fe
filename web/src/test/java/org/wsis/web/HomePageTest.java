package org.wsis.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class HomePageTest {

    @OidcWireMock
    WireMockServer services;

    @Test
    void speaksTheBrowsersLanguage() {
        given().header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.5").get("/")
                .then().statusCode(200)
                .body(containsString("<html lang=\"fr\" dir=\"ltr\">"), containsString("Forum du SMSI 2026"));
        given().get("/").then().statusCode(200).body(containsString("<html lang=\"en\""));
    }

    @Test
    void theLanguageLinkRemembersTheChoiceAndNeverLeavesTheSite() {
        given().redirects().follow(false).get("/language/fr?next=/agenda")
                .then().statusCode(303).header("Location", "http://localhost:" + port() + "/agenda")
                .cookie("lang", "fr");
        given().redirects().follow(false).get("/language/fr?next=//evil.example/")
                .then().statusCode(303).header("Location", equalTo("http://localhost:" + port() + "/"));
        given().cookie("lang", "fr").header("Accept-Language", "en").get("/")
                .then().body(containsString("<html lang=\"fr\""), containsString("Forum du SMSI 2026"));
    }

    @Test
    @io.quarkus.test.security.TestSecurity(user = "p-1", roles = "participant")
    void aPageOfAnotherRoleSaysSoInWords() {
        given().header("Accept-Language", "fr").get("/organiser").then().statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("Votre compte ne permet pas de voir cette page."));
    }

    @Test
    void pagesCannotBeFramedSniffedOrFedScriptsFromElsewhere() {
        given().get("/").then().statusCode(200)
                .header("X-Frame-Options", "DENY")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    @Test
    void signingInGoesToTheIdentityProviderWithPkce() {
        given().redirects().follow(false).get("/sign-in?next=/me")
                .then().statusCode(302)
                .header("Location", containsString("client_id=quarkus-web-app"))
                .header("Location", containsString("code_challenge_method=S256"));
    }

    private static int port() {
        return io.restassured.RestAssured.port;
    }
}

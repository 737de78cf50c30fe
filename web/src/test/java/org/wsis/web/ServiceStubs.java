package org.wsis.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.UrlPathPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.restassured.RestAssured.given;

/**
 * The services' answers one test needs, on the WireMock server that also plays the identity provider:
 * removed after the test (never a reset, which would remove the identity provider's stubs too).
 */
public class ServiceStubs {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final WireMockServer server;
    private final List<StubMapping> added = new ArrayList<>();

    public ServiceStubs(WireMockServer server) {
        this.server = server;
    }

    public StubMapping stub(MappingBuilder mapping) {
        StubMapping stub = server.stubFor(mapping);
        added.add(stub);
        return stub;
    }

    public void removeAll() {
        added.forEach(server::removeStub);
        added.clear();
    }

    /**
     * The path WireMock sees for a path of sessions-service: the test profile's base URL is
     * {@code ${keycloak.url}/sessions}, and keycloak.url ends with {@code /auth}.
     */
    /** A path on the WireMock server (e.g. {@code /registration/editions/2026/registrations/me}), as it matches it. */
    public static UrlPathPattern at(String path) {
        return WireMock.urlPathEqualTo(serverBase() + path);
    }

    public static UrlPathPattern matching(String regex) {
        return WireMock.urlPathMatching(serverBase() + regex);
    }

    /** keycloak.url, the server's address in the test profile, has a path of its own ({@code /auth}). */
    private static String serverBase() {
        String path = URI.create(ConfigProvider.getConfig().getValue("keycloak.url", String.class)).getPath();
        return path == null ? "" : path.replaceAll("/+$", "");
    }

    public static String sessions(String path) {
        return basePath("sessions") + path;
    }

    /** A path of sessions-service, as WireMock matches it. */
    public static UrlPathPattern onSessions(String path) {
        return WireMock.urlPathEqualTo(sessions(path));
    }

    /** A path of prizes-service, as WireMock matches it. */
    public static UrlPathPattern onPrizes(String path) {
        return WireMock.urlPathEqualTo(prizes(path));
    }

    /** The same for prizes-service. */
    public static String prizes(String path) {
        return basePath("prizes") + path;
    }

    private static String basePath(String service) {
        String url = ConfigProvider.getConfig().getValue("quarkus.rest-client." + service + ".url", String.class);
        String path = URI.create(url).getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A service's refusal as it answers it: application/problem+json, of a code the pages have no words for. */
    public static ResponseDefinitionBuilder problem(int status, String detail) {
        return problem(status, "test", detail);
    }

    /** A service's refusal of the given code ({@code urn:wsis:problem:<code>}). */
    public static ResponseDefinitionBuilder problem(int status, String code, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:wsis:problem:" + code + "\",\"title\":\"Refused\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
    }

    /** A form post as a browser sends it: the CSRF cookie and field of the page that holds the form. */
    public static Response postForm(String pagePath, String action, String... fields) {
        return postFormIn("en", pagePath, action, fields);
    }

    /** The same, by a visitor who chose a language (the {@code lang} cookie). */
    public static Response postFormIn(String language, String pagePath, String action, String... fields) {
        Response page = given().cookie("lang", language).get(pagePath);
        Matcher field = CSRF_FIELD.matcher(page.asString());
        if (!field.find()) {
            throw new AssertionError("no CSRF field on " + pagePath + ":\n" + page.asString());
        }
        var request = given().cookie("lang", language).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", page.cookie("csrf-token")).formParam("csrf-token", field.group(1));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.formParam(fields[i], fields[i + 1]);
        }
        return request.post(action);
    }
}

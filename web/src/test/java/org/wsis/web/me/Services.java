package org.wsis.web.me;

import com.github.tomakehurst.wiremock.matching.UrlPathPattern;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Paths of the services WireMock plays: their base URLs are {@code ${keycloak.url}/registration} and so on,
 * and keycloak.url has a path of its own ({@code /auth}).
 */
final class Services {

    private Services() {
    }

    static UrlPathPattern at(String path) {
        return urlPathEqualTo(base() + path);
    }

    static UrlPathPattern matching(String regex) {
        return urlPathMatching(base() + regex);
    }

    private static String base() {
        String path = URI.create(ConfigProvider.getConfig().getValue("keycloak.url", String.class)).getPath();
        return path == null ? "" : path.replaceAll("/+$", "");
    }
}

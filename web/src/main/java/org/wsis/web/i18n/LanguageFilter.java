package org.wsis.web.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A visitor who picked a language (the {@code lang} cookie) gets it whatever their browser asks for: Quarkus
 * renders each page in the request's first acceptable language, so the choice becomes that header.
 */
public class LanguageFilter {

    private final Languages languages;

    public LanguageFilter(Languages languages) {
        this.languages = languages;
    }

    @ServerRequestFilter(preMatching = true)
    public void chosenLanguageFirst(ContainerRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, languages.current().toLanguageTag());
    }
}

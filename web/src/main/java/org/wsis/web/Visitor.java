package org.wsis.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.wsis.web.i18n.Languages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The person looking at a page, as templates see it ({@code inject:visitor}): signed in or not, their
 * roles, and the language the page is in (with its writing direction, for right-to-left languages).
 */
@Named("visitor")
@RequestScoped
public class Visitor {

    private final SecurityIdentity identity;
    private final Languages languages;
    private final WebConfig config;
    private final RoutingContext request;

    @Inject
    public Visitor(SecurityIdentity identity, Languages languages, WebConfig config,
                   RoutingContext request) {
        this.identity = identity;
        this.languages = languages;
        this.config = config;
        this.request = request;
    }

    /** This page's path and query, URL-encoded: where sign-in and the language links come back to. */
    public String getHere() {
        return URLEncoder.encode(request.request().uri(), StandardCharsets.UTF_8);
    }

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getName() {
        if (!isSignedIn()) {
            return "";
        }
        // signed in through the code flow, the principal is the ID token
        String name = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("name") : null;
        return name != null ? name : identity.getPrincipal().getName();
    }

    public boolean isParticipant() {
        return identity.hasRole("participant");
    }

    public boolean isOrganiser() {
        return identity.hasRole("organiser");
    }

    public boolean isReviewer() {
        return identity.hasRole("reviewer");
    }

    public int getEdition() {
        return config.edition();
    }

    public Locale getLocale() {
        return languages.current();
    }

    public String getLang() {
        return languages.current().toLanguageTag();
    }

    /** {@code rtl} for Arabic, Hebrew, Persian, Urdu…: the stylesheet uses logical properties only. */
    public String getDir() {
        return Languages.isRightToLeft(languages.current()) ? "rtl" : "ltr";
    }
}

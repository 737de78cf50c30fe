package org.wsis.web.pages;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.wsis.web.i18n.Languages;

import java.net.URI;
import java.time.Duration;

/** Sign-in (the identity provider's page, then back where the visitor was) and the language links. */
@Path("/")
public class SignIn {

    private final Languages languages;

    public SignIn(Languages languages) {
        this.languages = languages;
    }

    /** Reaching this path signs in (code flow with PKCE); then back to {@code next}, a path of this site. */
    @GET
    @Path("sign-in")
    @Authenticated
    public Response signIn(@QueryParam("next") String next) {
        return Response.seeOther(URI.create(localPath(next))).build();
    }

    @GET
    @Path("language/{tag}")
    @PermitAll
    public Response language(@PathParam("tag") String tag, @QueryParam("next") String next,
                             @jakarta.ws.rs.HeaderParam("Referer") String referer) {
        String back = next != null ? localPath(next) : localPath(pathOf(referer));
        Response.ResponseBuilder answer = Response.seeOther(URI.create(back));
        languages.supportedOf(tag).ifPresent(locale -> answer.cookie(new NewCookie.Builder(Languages.COOKIE)
                .value(locale.toLanguageTag()).path("/").maxAge((int) Duration.ofDays(365).toSeconds())
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build()));
        return answer.build();
    }

    /** Only a path on this site: never an open redirect to another one ({@code //host}, {@code https:…}). */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }

    private static String pathOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}

package org.wsis.web.i18n;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The language of the current request: the one the visitor picked (the {@code lang} cookie the language
 * links set), else the best of their browser's {@code Accept-Language} that the pages speak, else English.
 */
@RequestScoped
public class Languages {

    public static final String COOKIE = "lang";
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "ps", "yi");

    private final RoutingContext request;
    private final List<Locale> supported;
    private Locale current;

    @Inject
    public Languages(RoutingContext request, @ConfigProperty(name = "quarkus.locales") List<Locale> supported) {
        this.request = request;
        this.supported = supported;
    }

    public Locale current() {
        if (current == null) {
            current = chosen().or(this::accepted).orElse(supported.get(0));
        }
        return current;
    }

    public List<Locale> supported() {
        return supported;
    }

    public Optional<Locale> supportedOf(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return supported.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    public static boolean isRightToLeft(Locale locale) {
        return RIGHT_TO_LEFT.contains(locale.getLanguage());
    }

    private Optional<Locale> chosen() {
        Cookie cookie = request.request().getCookie(COOKIE);
        return cookie == null ? Optional.empty() : supportedOf(cookie.getValue());
    }

    private Optional<Locale> accepted() {
        String header = request.request().getHeader("Accept-Language");
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> supportedOf(range.getRange().equals("*") ? null : range.getRange()))
                    .flatMap(Optional::stream).findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}

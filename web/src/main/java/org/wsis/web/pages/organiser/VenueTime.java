package org.wsis.web.pages.organiser;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.wsis.web.WebConfig;
import org.wsis.web.clients.SessionsApi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times on the organisers' pages are shown in the Forum's time zone (the venue's, as the agenda shows them),
 * UTC until the venue is set. The zone is asked of sessions-service at most every few minutes, so a page
 * never waits on it twice in a row when that service is slow or down.
 */
@ApplicationScoped
public class VenueTime {

    private static final Logger LOG = Logger.getLogger(VenueTime.class);
    private static final Duration KEEP = Duration.ofMinutes(10);
    private static final Duration KEEP_FALLBACK = Duration.ofMinutes(1);
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final SessionsApi sessions;
    private final WebConfig config;
    private volatile Known known;

    private record Known(ZoneId zone, Instant until) {
    }

    public VenueTime(@RestClient SessionsApi sessions, WebConfig config) {
        this.sessions = sessions;
        this.config = config;
    }

    public ZoneId zone() {
        Known current = known;
        Instant now = Instant.now();
        if (current != null && now.isBefore(current.until())) {
            return current.zone();
        }
        Known fresh;
        try {
            String name = sessions.venue(config.edition()).timeZone();
            fresh = new Known(name == null ? UTC : ZoneId.of(name), now.plus(KEEP));
        } catch (RuntimeException unknown) {
            // no venue yet (404), an unknown zone, or sessions-service unreachable: UTC, said on the page
            LOG.debugf("the venue's time zone is unknown (%s): times in UTC", unknown.getMessage());
            fresh = new Known(UTC, now.plus(KEEP_FALLBACK));
        }
        known = fresh;
        return fresh.zone();
    }

    /** A date and time, e.g. "20 May 2026, 14:03" or "20 mai 2026, 14:03"; empty for none. */
    public String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone()).format(instant);
    }

    /** A time with seconds, e.g. "14:03:27" or "2:03:27 PM". */
    public String time(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(zone()).format(instant);
    }
}

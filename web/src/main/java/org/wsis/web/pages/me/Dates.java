package org.wsis.web.pages.me;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Moments in the page's language, in UTC and saying so (a vote or a registration has no room's clock). */
final class Dates {

    private Dates() {
    }

    static String format(Instant moment, Locale locale) {
        if (moment == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC).format(moment) + " UTC";
    }
}

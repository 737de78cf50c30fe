package org.wsis.web.pages.prizes;

import org.wsis.web.i18n.Labels;

import java.util.Locale;

/** Small helpers the prizes' view records share. */
final class Views {

    private Views() {
    }

    /** A country's name in the page's language (CH → Switzerland, Suisse), else the code as given. */
    static String country(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name == null || name.isBlank() ? code : name;
    }

    /** The category's words in the page's language, else the service's title, else the code. */
    static String category(String code, String title, Locale locale) {
        if (code == null) {
            return title;
        }
        return Labels.text("actionLine." + code, locale, title != null ? title : code);
    }

    /** Only web addresses become links: never a javascript: or data: URL from a submitted project. */
    static String webLink(String url) {
        if (url == null) {
            return null;
        }
        String trimmed = url.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? trimmed : null;
    }
}

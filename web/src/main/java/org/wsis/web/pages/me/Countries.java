package org.wsis.web.pages.me;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** ISO 3166-1 alpha-2 countries named in the page's language, in that language's alphabetical order. */
final class Countries {

    private static final Map<Locale, List<Option>> BY_LOCALE = new ConcurrentHashMap<>();

    private Countries() {
    }

    static List<Option> in(Locale locale) {
        return BY_LOCALE.computeIfAbsent(locale, Countries::list);
    }

    /** The country's name in the locale; an unknown or empty code as itself. */
    static String name(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name == null || name.isBlank() ? code : name;
    }

    private static List<Option> list(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.PRIMARY);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Option(code, name(code, locale)))
                .sorted(Comparator.comparing(Option::name, collator).thenComparing(Option::code))
                .toList();
    }
}

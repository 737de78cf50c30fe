package org.wsis.web.pages.me;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import org.wsis.web.i18n.Languages;

import java.util.Locale;

/** This area's texts in Java (the receipt file, a message set by the page itself), in the page's language. */
final class MeTexts {

    private MeTexts() {
    }

    static MeMsg of(Languages languages) {
        return in(languages.current());
    }

    static MeMsg in(Locale locale) {
        return MessageBundles.get(MeMsg.class, Localized.Literal.of(locale.toLanguageTag()));
    }
}

package org.wsis.web.pages.prizes;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.Locale;

/** The prizes' texts in a language, for the words Java writes (messages beside forms, error pages). */
final class PrizesWords {

    private PrizesWords() {
    }

    static PrizesMessages in(Locale locale) {
        return MessageBundles.get(PrizesMessages.class, Localized.Literal.of(locale.toLanguageTag()));
    }
}

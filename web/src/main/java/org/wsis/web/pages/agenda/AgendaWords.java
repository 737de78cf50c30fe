package org.wsis.web.pages.agenda;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.Locale;

/** The agenda's texts in a language, for the words Java writes (notices, refusals, error pages). */
final class AgendaWords {

    private AgendaWords() {
    }

    static AgendaMessages in(Locale locale) {
        return MessageBundles.get(AgendaMessages.class, Localized.Literal.of(locale.toLanguageTag()));
    }
}

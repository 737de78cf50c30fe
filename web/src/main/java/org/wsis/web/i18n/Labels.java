package org.wsis.web.i18n;

import io.quarkus.qute.TemplateExtension;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words for the services' codes (formats, Action Lines, statuses, stakeholder groups…) in the page's
 * language: {@code {label:of('format', session.format)}}. They live in messages/labels_*.properties, one
 * key per {@code kind.CODE}; an unknown code shows as itself rather than breaking the page.
 */
@TemplateExtension(namespace = "label")
public final class Labels {

    static final String BUNDLE = "messages.labels";

    private Labels() {
    }

    public static String of(String kind, Object code, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (code == null) {
            return "";
        }
        return text(kind + "." + code, locale instanceof Locale l ? l : Locale.ENGLISH, String.valueOf(code));
    }

    public static String text(String key, Locale locale, String fallback) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException missing) {
            return fallback;
        }
    }
}

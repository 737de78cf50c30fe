package org.wsis.web.i18n;

import io.quarkus.qute.TemplateExtension;
import org.wsis.web.clients.ServiceProblem;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words for the services' codes (formats, Action Lines, statuses, stakeholder groups…) in the page's
 * language: {@code {label:of('format', session.format)}}. They live in messages/labels_*.properties, one
 * key per {@code kind.CODE}; an unknown code shows as itself rather than breaking the page. A service's
 * refusal is worded by its code ({@code problem.session-full}): {@code {label:problem(problem)}}.
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

    /** A service's refusal in the page's language; the service's own detail for a code without words. */
    public static String problem(ServiceProblem problem, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return problemIn(problem, locale instanceof Locale l ? l : Locale.ENGLISH);
    }

    public static String problemIn(ServiceProblem problem, Locale locale) {
        return problem.code().map(code -> text("problem." + code, locale, problem.detail())).orElse(problem.detail());
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

package org.wsis.web.i18n;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/** Every page renders in the visitor's language: message bundles read the instance's locale. */
@ApplicationScoped
public class PageLocale implements TemplateInstance.Initializer {

    private final Languages languages;

    public PageLocale(Languages languages) {
        this.languages = languages;
    }

    @Override
    public void accept(TemplateInstance instance) {
        instance.setLocale(languages.current());
    }
}

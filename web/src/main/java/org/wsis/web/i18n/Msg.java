package org.wsis.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts every page shares (layout, navigation, errors), {@code {msg:key}} in templates. The texts are
 * in messages/msg_en.properties and msg_fr.properties; each area of the site has a bundle of its own.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message String site_name();

    @Message String skip_to_content();

    @Message String nav_label();

    @Message String nav_home();

    @Message String nav_agenda();

    @Message String nav_prizes();

    @Message String nav_receipt();

    @Message String nav_me();

    @Message String nav_organiser();

    @Message String nav_reviewer();

    @Message String sign_in();

    @Message String sign_out();

    @Message String signed_in_as(String name);

    @Message String language_label();

    @Message String language_name_en();

    @Message String language_name_fr();

    @Message String home_title(int edition);

    @Message String home_intro();

    @Message String home_agenda();

    @Message String home_prizes();

    @Message String home_register();

    @Message String error_title();

    @Message String error_busy(int seconds);

    @Message String error_not_found();

    @Message String error_forbidden();

    @Message String error_unavailable(int seconds);

    @Message String error_back_home();

    @Message String error_form_intro();

    @Message String required();

    @Message String footer_text(int edition);
}

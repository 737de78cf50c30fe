package org.wsis.web.pages.agenda;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The agenda's and the session pages' texts, {@code {agenda:key}}; messages/agenda_en and agenda_fr. */
@MessageBundle(value = "agenda", locale = "en")
public interface AgendaMessages {

    @Message String title(int edition);

    @Message String intro(String zone);

    @Message String version(int version, String published);

    @Message String not_published_title();

    @Message String not_published_text();

    @Message String filters_label();

    @Message String filter_format();

    @Message String filter_any_format();

    @Message String filter_room();

    @Message String filter_any_room();

    @Message String filter_action_line();

    @Message String filter_any_action_line();

    @Message String filter_apply();

    @Message String filter_clear();

    @Message String filter_invalid();

    @Message String calendar_link();

    @Message String days_label();

    @Message String day_empty();

    @Message String agenda_empty();

    @Message String online();

    @Message String speakers();

    @Message String speakers_list(String names);

    @Message String action_lines();

    @Message String back_to_agenda();

    @Message String when();

    @Message String room();

    @Message String mode();

    @Message String format();

    @Message String sdgs();

    @Message String sdg(int number);

    @Message String summary();

    @Message String speakers_none();

    @Message String winners();

    @Message String not_scheduled();

    @Message String status_label();

    @Message String times_in(String zone);

    @Message String add_to_calendar();

    @Message String session_not_found();

    @Message String seat_heading();

    @Message String seat_intro();

    @Message String seat_mode_legend();

    @Message String seat_reserve();

    @Message String seat_leave();

    @Message String seat_leave_intro();

    @Message String seat_sign_in();

    @Message String seat_reserved();

    @Message String seat_reserved_in_person();

    @Message String seat_reserved_remote();

    @Message String seat_left();

    @Message String seat_mode_missing();

    @Message String seat_only_confirmed();

    @Message String seat_none();

    @Message String seat_conflict(String detail);

    @Message String seat_mode_refused(String detail);
}

package org.wsis.web.pages.schedule;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the organisers' timetable and agenda releases, {@code {sched:key}} in templates. */
@MessageBundle(value = "sched", locale = "en")
public interface Sched {

    // the timetable

    @Message String schedule_title();

    @Message String venue_not_set();

    @Message String hours(String from, String to, String zone);

    @Message String days_label();

    @Message String to_releases();

    @Message String day_malformed();

    @Message String day_not_forum(String day);

    @Message String grid_caption(String day);

    @Message String no_rooms();

    @Message String time();

    @Message String room_capacity(int capacity);

    @Message String room_hybrid();

    @Message String from_to(String start, String end);

    @Message String unschedule();

    @Message String unschedule_named(String title);

    @Message String virtual_heading();

    @Message String virtual_none();

    @Message String elsewhere_heading();

    @Message String unscheduled_heading();

    @Message String unscheduled_none();

    @Message String unscheduled_intro();

    @Message String duration(int minutes);

    @Message String audience(int count);

    @Message String speaker_withdrawn();

    @Message String virtual_no_room();

    @Message String room();

    @Message String room_choose();

    @Message String day();

    @Message String day_choose();

    @Message String start();

    @Message String start_hint(int minutes);

    @Message String start_malformed();

    @Message String place();

    @Message String placed_notice(String title);

    @Message String unscheduled_notice(String title);

    @Message String conflicts_intro();

    @Message String conflict_unknown(String id);

    @Message String back_to_form();

    // agenda releases

    @Message String releases_title();

    @Message String release_published(int version, int count);

    @Message String release_reported(int added, int removed, int moved);

    @Message String release_added_titles();

    @Message String release_removed_titles();

    @Message String release_moved_titles();

    @Message String see_agenda();

    @Message String latest_release(int version, String when);

    @Message String no_release_yet();

    @Message String to_schedule();

    @Message String next_release_heading();

    @Message String next_release_intro(int count);

    @Message String nothing_to_publish();

    @Message String added_heading(int count);

    @Message String removed_heading(int count);

    @Message String moved_heading(int count);

    @Message String none();

    @Message String no_room();

    @Message String was(String when, String room);

    @Message String moved_from_to(String oldWhen, String oldRoom, String newWhen, String newRoom);

    @Message String publish();
}

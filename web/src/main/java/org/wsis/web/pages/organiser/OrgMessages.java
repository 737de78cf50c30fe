package org.wsis.web.pages.organiser;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The organisers' pages' texts, {@code {org:key}} in templates; the texts are in messages/org_en.properties
 * and org_fr.properties.
 */
@MessageBundle(value = "org", locale = "en")
public interface OrgMessages {

    // shared
    @Message String back_to_dashboard();

    @Message String times_in(String zone);

    @Message String paging();

    @Message String previous_page();

    @Message String next_page();

    @Message String contest_not_opened();

    @Message String contest_phase_now();

    @Message String capacity_in_person();

    @Message String capacity_not_set();

    @Message String confirmed_in_person();

    @Message String free_seats();

    @Message String waitlisted();

    @Message String col_name();

    @Message String col_organisation();

    @Message String col_country();

    @Message String col_stakeholder_group();

    @Message String col_attendance();

    @Message String col_status();

    @Message String col_created();

    @Message String col_count();

    // dashboard
    @Message String dashboard_title();

    @Message String dashboard_tasks();

    @Message String nav_registrations();

    @Message String nav_waitlist();

    @Message String nav_schedule();

    @Message String nav_releases();

    @Message String nav_contest();

    @Message String nav_tallies();

    @Message String nav_anomalies();

    @Message String dashboard_registrations();

    @Message String dashboard_total();

    @Message String dashboard_contest();

    @Message String dashboard_contest_link();

    // registrations
    @Message String registrations_title();

    @Message String filters_label();

    @Message String any_status();

    @Message String any_stakeholder_group();

    @Message String any_attendance();

    @Message String country_hint();

    @Message String search_label();

    @Message String search_hint();

    @Message String filter();

    @Message String download_csv();

    @Message String results(long total);

    @Message String showing(int from, int to, long total);

    @Message String no_registrations();

    @Message String col_decision();

    @Message String approve();

    @Message String reject();

    @Message String reject_reason();

    @Message String decided();

    @Message String notice_approved(String name);

    @Message String notice_rejected(String name);

    @Message String registrations_filter_invalid();

    @Message String registrations_decision_invalid();

    // waiting list
    @Message String waitlist_title();

    @Message String waitlist_intro();

    @Message String waitlist_queue();

    @Message String waitlist_empty();

    @Message String col_position();

    // contest
    @Message String contest_title(int edition);

    @Message String contest_moved();

    @Message String contest_phases();

    @Message String contest_champions();

    @Message String contest_opened_at();

    @Message String contest_updated_at();

    @Message String contest_next_title();

    @Message String contest_next_help();

    @Message String contest_next_button(String phase);

    @Message String contest_is_closed();

    @Message String contest_history();

    @Message String col_phase();

    @Message String col_changed_at();

    @Message String col_changed_by();

    @Message String contest_settings();

    @Message String contest_open_title();

    @Message String contest_champions_label();

    @Message String contest_champions_hint();

    @Message String contest_open();

    @Message String contest_save();

    @Message String contest_champions_invalid();

    @Message String contest_phase_invalid();

    // tallies
    @Message String tallies_title();

    @Message String tallies_updated_at();

    @Message String tallies_refresh();

    @Message String tallies_all_votes();

    @Message String tallies_category_total();

    @Message String tallies_no_nominations();

    @Message String tallies_no_categories();

    @Message String tallies_project();

    @Message String tallies_organisation();

    @Message String tallies_votes();

    @Message String tallies_share();

    // vote-integrity anomalies
    @Message String anomalies_title();

    @Message String anomalies_intro();

    @Message String anomalies_window(String start, String end);

    @Message String anomalies_none();

    @Message String anomalies_flagged(int count);

    @Message String col_category();

    @Message String col_reasons();

    @Message String col_window_votes();

    @Message String col_votes_per_minute();

    @Message String col_peak_minute();

    @Message String col_burst_threshold();

    @Message String col_category_median();

    @Message String col_new_accounts();

    @Message String col_total_votes();

    @Message String anomalies_rule();

    @Message String rule_window(String window);

    @Message String rule_min_votes(String votes);

    @Message String rule_burst(String votesPerMinute, String factor);

    @Message String rule_new_accounts(String share, String age);

    @Message String anomalies_minutes(long minutes);
}

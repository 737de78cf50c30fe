package org.wsis.web.pages.reviewer;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The texts of the reviewers' pages, {@code {rev:key}} in templates. */
@MessageBundle(value = "rev", locale = "en")
public interface Rev {

    @Message String reviewer_title();

    @Message String no_contest();

    @Message String phase_now();

    @Message String about_SUBMISSION();

    @Message String about_REVIEW();

    @Message String about_VOTING();

    @Message String about_EVALUATION();

    @Message String about_CLOSED();

    @Message String to_winners();

    @Message String to_results();

    @Message String review_heading(int count);

    @Message String review_none();

    @Message String category_count(int count);

    @Message String organisation();

    @Message String country();

    @Message String stakeholder_group();

    @Message String project_url();

    @Message String sdgs();

    @Message String sdgs_none();

    @Message String reason();

    @Message String reason_hint();

    @Message String nominate();

    @Message String reject();

    @Message String decision_choose();

    @Message String decision_group(String title);

    @Message String nominated_notice(String title);

    @Message String rejected_notice(String title);

    @Message String decided_notice();

    @Message String winners_title();

    @Message String winners_not_yet();

    @Message String winners_intro();

    @Message String winners_closed();

    @Message String champions_unavailable();

    @Message String no_champions();

    @Message String current_winner(String title);

    @Message String no_winner_yet();

    @Message String champion_choose(String category);

    @Message String votes(long count);

    @Message String rank(int rank);

    @Message String pick_winner();

    @Message String winner_choose();

    @Message String picked_notice(String category, String title);

    @Message String winner_label();

    @Message String back_to_reviewer();
}

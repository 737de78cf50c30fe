package org.wsis.web.pages.prizes;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The prizes' and the receipts' texts, {@code {prizes:key}}; messages/prizes_en and prizes_fr. */
@MessageBundle(value = "prizes", locale = "en")
public interface PrizesMessages {

    @Message String title(int edition);

    @Message String intro();

    @Message String phase_now();

    @Message String no_contest();

    @Message String voting_open();

    @Message String see_results();

    @Message String categories_heading();

    @Message String back_to_prizes();

    @Message String category_not_found();

    @Message String category_heading(String title);

    @Message String nominations_later();

    @Message String no_nominations();

    @Message String nominations_count(long total);

    @Message String organisation();

    @Message String country();

    @Message String project_link();

    @Message String sdgs();

    @Message String sdg(int number);

    @Message String vote();

    @Message String sign_in_to_vote();

    @Message String vote_participants_only();

    @Message String voting_closed();

    @Message String previous_page();

    @Message String next_page();

    @Message String pages_label();

    @Message String results_title(int edition);

    @Message String results_not_yet();

    @Message String results_empty();

    @Message String winner_is(String project);

    @Message String winner_none();

    @Message String champions();

    @Message String rank();

    @Message String project();

    @Message String votes();

    @Message String winner_mark();

    @Message String receipts_title();

    @Message String receipts_intro();

    @Message String receipt_label();

    @Message String receipt_hint();

    @Message String receipt_check();

    @Message String receipt_blank();

    @Message String receipt_malformed();

    @Message String receipt_unknown();

    @Message String receipt_counted(String project, String category);

    @Message String receipt_not_counted(String project, String category);

    @Message String receipt_organisation(String organisation);

    @Message String receipt_cast_at(String when);
}

package org.wsis.web.pages.me;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the signed-in participant's pages, {@code {me:key}} in templates; they are in
 * messages/me_en.properties and me_fr.properties.
 */
@MessageBundle(value = "me", locale = "en")
public interface MeMsg {

    @Message String overview_title();

    @Message String status_heading(int edition);

    @Message String status_explain_pending();

    @Message String status_explain_confirmed();

    @Message String status_explain_confirmed_remote();

    @Message String status_explain_waitlisted();

    @Message String status_explain_rejected();

    @Message String status_explain_cancelled();

    @Message String status_explain_erased();

    @Message String status_can_vote();

    @Message String decision_reason();

    @Message String data_heading();

    @Message String registered_at();

    @Message String data_attendance();

    @Message String data_visa();

    @Message String yes();

    @Message String no();

    @Message String actions_heading();

    @Message String action_edit();

    @Message String action_cancel();

    @Message String action_register_again();

    @Message String action_erase();

    @Message String my_votes();

    @Message String see_agenda();

    @Message String notice_registered();

    @Message String notice_updated();

    @Message String notice_cancelled();

    @Message String notice_erased();

    @Message String register_title(int edition);

    @Message String register_intro();

    @Message String edit_title();

    @Message String edit_intro();

    @Message String section_person();

    @Message String section_travel();

    @Message String section_consent();

    @Message String field_firstName();

    @Message String field_lastName();

    @Message String field_email();

    @Message String field_organisation();

    @Message String field_jobTitle();

    @Message String field_country();

    @Message String field_stakeholderGroup();

    @Message String field_attendance();

    @Message String field_visaSupportRequested();

    @Message String field_nationality();

    @Message String field_accessibilityNeeds();

    @Message String field_dataProcessingConsent();

    @Message String choose_country();

    @Message String choose_nationality();

    @Message String choose_stakeholder_group();

    @Message String stakeholder_group_hint();

    @Message String stakeholder_group_fixed();

    @Message String attendance_hint();

    @Message String attendance_edit_hint();

    @Message String email_edit_hint();

    @Message String nationality_hint();

    @Message String accessibility_hint();

    @Message String consent_explained();

    @Message String submit_registration();

    @Message String save_changes();

    @Message String back_to_registration();

    @Message String cancel_title();

    @Message String cancel_explained();

    @Message String cancel_seat();

    @Message String cancel_after();

    @Message String cancel_confirm();

    @Message String keep_registration();

    @Message String erase_title();

    @Message String erase_explained();

    @Message String erase_what_wiped();

    @Message String erase_what_elsewhere();

    @Message String erase_what_votes();

    @Message String erase_irreversible();

    @Message String erase_live();

    @Message String erase_understood();

    @Message String erase_understood_missing();

    @Message String erase_confirm();

    @Message String keep_data();

    @Message String vote_title();

    @Message String project_organisation();

    @Message String project_category();

    @Message String vote_rules_heading();

    @Message String vote_rule_one_per_category();

    @Message String vote_rule_final();

    @Message String vote_rule_receipt();

    @Message String vote_confirm();

    @Message String vote_back();

    @Message String vote_refused_not_confirmed();

    @Message String vote_see_registration();

    @Message String vote_refused_already_voted();

    @Message String vote_earlier_project(String title);

    @Message String vote_see_earlier_receipt();

    @Message String vote_refused_not_open();

    @Message String votes_title();

    @Message String votes_intro();

    @Message String votes_none();

    @Message String votes_see_projects();

    @Message String votes_caption(int edition);

    @Message String receipt_title();

    @Message String receipt_counted();

    @Message String receipt_project();

    @Message String receipt_cast_at();

    @Message String receipt_vote_id();

    @Message String receipt_receipt();

    @Message String receipt_keep_heading();

    @Message String receipt_keep();

    @Message String receipt_download();

    @Message String receipt_download_short();

    @Message String receipt_download_col();

    @Message String receipt_check();

    @Message String receipt_file_title(int edition);

    @Message String receipt_file_category(String category);

    @Message String receipt_file_project(String project);

    @Message String receipt_file_cast_at(String castAt);

    @Message String receipt_file_receipt(String receipt);

    @Message String receipt_file_check(String url);
}

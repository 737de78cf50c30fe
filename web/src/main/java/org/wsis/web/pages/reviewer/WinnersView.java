package org.wsis.web.pages.reviewer;

import org.wsis.web.clients.ServiceProblem;

import java.util.List;
import java.util.Map;

/**
 * The reviewers' choice of winners: during EVALUATION per category the champions (the most voted
 * projects) with a form to pick the winner among them; once CLOSED the winners, read only.
 *
 * @param phase      the contest's phase, null when no contest is open
 * @param canPick    true during EVALUATION
 * @param categories the champions per category (from EVALUATION on)
 * @param failedCode the category whose form the service refused, else null
 */
public record WinnersView(String phase,
                          boolean canPick,
                          List<CategoryChoice> categories,
                          String notice,
                          ServiceProblem problem,
                          String failedCode,
                          Map<String, String> errors) {

    public String error(String field) {
        return errors == null ? null : errors.get(field);
    }

    /** A category: its champions, its name in the page's language, the winner chosen so far (if the answer says) and the radio checked. */
    public record CategoryChoice(String code, Integer number, String name, String winnerId, String winnerTitle,
                                 List<Champion> champions, String checked) {
    }

    public record Champion(String nominationId, String title, String organisation, String country, long votes,
                           int rank, String projectUrl, boolean linkable) {
    }
}

package org.wsis.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One winning project as a PRIZE_CEREMONY session keeps it (a JSON column, and frozen in agenda
 * releases): the field names are a stored format, so they stay as they are.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrizeWinner(Integer categoryNumber, String category, String categoryTitle, String nominationId,
                          String title, String organisation, String country) {
}

package org.wsis.sessions.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wsis.common.reference.ActionLine;

import java.util.List;

/**
 * This consumer's tolerant copy of {@code prizes.winners-announced}: the fields the ceremony shows.
 * The category may come as its code ({@code "category":"C7_E_HEALTH"}, with {@code categoryNumber})
 * or as its number ({@code "category":10}, with {@code code}); either way both are kept.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WinnersAnnouncedData(Integer edition, List<JsonNode> winners) {

    public List<Winner> winnerList() {
        return winners == null ? List.of() : winners.stream().map(Winner::from).toList();
    }

    /** One winning project, as this service stores and shows it. */
    @Schema(name = "PrizeWinner")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Winner(@Schema(example = "10") Integer categoryNumber,
                         @Schema(example = "C7_E_HEALTH") String category,
                         @Schema(example = "ICT applications: E-health") String categoryTitle,
                         String nominationId,
                         @Schema(example = "Telemedicine for rural clinics") String title,
                         @Schema(example = "Kenya Digital Health Agency") String organisation,
                         @Schema(example = "KE") String country) {

        static Winner from(JsonNode node) {
            JsonNode category = node.path("category");
            Integer number = node.hasNonNull("categoryNumber") ? Integer.valueOf(node.get("categoryNumber").asInt())
                    : category.isNumber() ? Integer.valueOf(category.asInt()) : null;
            String code = category.isTextual() ? category.asText() : text(node, "code");
            if (code == null && number != null && number >= 1 && number <= ActionLine.values().length) {
                code = ActionLine.ofNumber(number).name();
            }
            ActionLine line = known(code);
            if (number == null && line != null) {
                number = line.number();
            }
            String title = text(node, "categoryTitle");
            if (title == null && line != null) {
                title = line.title();
            }
            return new Winner(number, code, title, text(node, "nominationId"), text(node, "title"),
                    text(node, "organisation"), text(node, "country"));
        }

        private static ActionLine known(String code) {
            try {
                return code == null ? null : ActionLine.valueOf(code);
            } catch (IllegalArgumentException e) {
                return null; // a category this service does not know yet: shown as received
            }
        }

        private static String text(JsonNode node, String field) {
            return node.hasNonNull(field) ? node.get(field).asText() : null;
        }
    }
}

package org.wsis.common.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What no string of a request may carry, and what a name or a title may not either. */
class SafeTextTest {

    record Named(String name, List<String> tags) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void controlBidiAndUnpairedSurrogatesAreRefusedWithTheFieldNamed() {
        for (String hostile : List.of("a\\u0000b", "Smith\\rBEGIN:VEVENT", "a\\u001b[31m", "a\\u007fb", "a\\u0085b",
                "\\u202Eevil", "a\\u2066b\\u2069", "a\\ud800b", "a\\udc00", "\\ud83d")) {
            assertThatThrownBy(() -> mapper.readValue("{\"name\":\"" + hostile + "\"}", Named.class))
                    .as(hostile).isInstanceOf(SafeText.Refused.class)
                    .satisfies(e -> assertThat(((SafeText.Refused) e).getPath().get(0).getFieldName()).isEqualTo("name"));
            assertThatThrownBy(() -> mapper.readValue("{\"tags\":[\"ok\",\"" + hostile + "\"]}", Named.class))
                    .as("in a list: " + hostile).isInstanceOf(SafeText.Refused.class);
        }
    }

    @Test
    void textWithLinesTabsEmojiAccentsAndMarksIsKept() throws Exception {
        String text = "Zoe\\u0301 \\ud83d\\ude00 \\u0645\\u0631\\u062d\\u0628\\u0627\\u200f\\tline\\nnext\\r\\nlast \\u200c\\u200d";
        assertThat(mapper.readValue("{\"name\":\"" + text + "\"}", Named.class).name())
                .isEqualTo("Zoe\u0301 \uD83D\uDE00 \u0645\u0631\u062d\u0628\u0627\u200f\tline\nnext\r\nlast \u200c\u200d");
    }

    @Test
    void aSingleLineHasNoBreaksNorInvisibleCharacters() {
        SingleLine.Validator line = new SingleLine.Validator();
        for (String refused : List.of("Ann\nSmith", "Ann\tSmith", "Ann\u2028Smith", "A\u200Bnn", "Ann\u00AD", "\uFEFFAnn",
                "Ann\u200E", "Ann\u2060", "Ann\u0000")) {
            assertThat(line.isValid(refused, null)).as(refused).isFalse();
        }
        for (String kept : List.of("Amina Diallo", "Zoë O'Brien-Łukasz", "می\u200Cخواهم", "👩\u200D💻 Team", "会议")) {
            assertThat(line.isValid(kept, null)).as(kept).isTrue();
        }
    }
}

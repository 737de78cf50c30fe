package org.wsis.sessions.rest;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 9110 §13.1.2: {@code *}, lists, several fields, weak comparison; malformed members are ignored. */
class IfNoneMatchTest {

    private static final String TAG = "\"abc-DEF_123\"";

    @Test
    void matchesByWeakComparison() {
        assertThat(matches(TAG)).isTrue();
        assertThat(matches("W/" + TAG)).isTrue();
        assertThat(matches("*")).isTrue();
        assertThat(matches(" * ")).isTrue();
        assertThat(matches("\"other\", " + TAG)).isTrue();
        assertThat(matches("\"other\",W/" + TAG + ",\"more\"")).isTrue();
        assertThat(matches("\"x,y\", " + TAG)).as("a comma inside a tag is part of it").isTrue();
        assertThat(matches("\"other\"", TAG)).as("several fields are one list").isTrue();
    }

    @Test
    void noMatchOtherwise() {
        assertThat(IfNoneMatch.matches(null, TAG)).isFalse();
        assertThat(matches()).isFalse();
        assertThat(matches("")).isFalse();
        assertThat(matches("\"abc-DEF_12\"")).as("a prefix").isFalse();
        assertThat(matches("\"abc-DEF_1234\"")).as("longer").isFalse();
        assertThat(matches("abc-DEF_123")).as("unquoted is not an entity tag").isFalse();
        assertThat(matches("\"other\", *")).as("* is only valid alone").isFalse();
        assertThat(matches("\"abc-DEF_123")).as("unterminated").isFalse();
        assertThat(matches("w/" + TAG)).as("the weak prefix is case-sensitive").isFalse();
        assertThat(matches("\"" + "a".repeat(10_000), "\u0000\"\"\"")).isFalse();
    }

    private static boolean matches(String... fields) {
        return IfNoneMatch.matches(Arrays.asList(fields), TAG);
    }
}

package org.wsis.infra.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TestEditionsTest {

    @Test
    void handsOutDistinctEditionsInsideTheAcceptedRange() {
        int first = TestEditions.next();
        int second = TestEditions.next();
        assertThat(second).isNotEqualTo(first);
        assertThat(first).isBetween(TestEditions.FIRST, TestEditions.LAST);
        assertThat(second).isBetween(TestEditions.FIRST, TestEditions.LAST);
        assertThat(TestEditions.FIRST).isGreaterThanOrEqualTo(2000);
        assertThat(TestEditions.LAST).isLessThanOrEqualTo(2999);
    }
}

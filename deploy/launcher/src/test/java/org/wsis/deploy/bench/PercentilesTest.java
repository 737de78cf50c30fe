package org.wsis.deploy.bench;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTest {

    @Test
    void nearestRankOfAThousandValues() {
        long[] micros = LongStream.rangeClosed(1, 1000).map(i -> (1001 - i) * 1000).toArray(); // 1..1000 ms, reversed
        Percentiles p = Percentiles.of(micros, micros.length, 1000);
        assertThat(p.count()).isEqualTo(1000);
        assertThat(p.p50()).isEqualTo(500.0);
        assertThat(p.p90()).isEqualTo(900.0);
        assertThat(p.p99()).isEqualTo(990.0);
        assertThat(p.p999()).isEqualTo(999.0);
        assertThat(p.max()).isEqualTo(1000.0);
        assertThat(micros[0]).as("the input is left as it was").isEqualTo(1_000_000);
    }

    @Test
    void onlyTheFirstNValuesCount() {
        long[] values = {30, 10, 20, 999, 999};
        Percentiles p = Percentiles.of(values, 3, 1);
        assertThat(p.p50()).isEqualTo(20.0);
        assertThat(p.max()).isEqualTo(30.0);
    }

    @Test
    void aFewValuesAndNone() {
        assertThat(Percentiles.ofMillis(new long[] {7}).p999()).isEqualTo(7.0);
        Percentiles two = Percentiles.ofMillis(new long[] {1, 100});
        assertThat(two.p50()).isEqualTo(1.0);
        assertThat(two.p99()).isEqualTo(100.0);
        assertThat(Percentiles.ofMillis(new long[0]).toMap()).containsOnlyKeys("count");
        assertThat(Percentiles.of(new long[] {1500}, 1, 1000).toMap())
                .containsEntry("p50", 1.5).containsKeys("p90", "p99", "p999", "max");
    }
}

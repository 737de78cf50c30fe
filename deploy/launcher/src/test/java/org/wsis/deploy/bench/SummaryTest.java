package org.wsis.deploy.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTest {

    @Test
    void judgesEachKindOfTarget() {
        assertThat(BenchTarget.VOTES_ACHIEVED.judge(1950L)).isTrue();
        assertThat(BenchTarget.VOTES_ACHIEVED.judge(1949.9)).isFalse();
        assertThat(BenchTarget.VOTES_P99.judge(99.99)).isTrue();
        assertThat(BenchTarget.VOTES_P99.judge(100.0)).as("< is strict").isFalse();
        assertThat(BenchTarget.VOTES_NOT_ACCEPTED.judge(0)).isTrue();
        assertThat(BenchTarget.VOTES_NOT_ACCEPTED.judge(1)).isFalse();
        assertThat(BenchTarget.LOAD_GENERATOR_CPU_PER_VOTE.judge(0.15)).isTrue();
        assertThat(BenchTarget.OVERLOAD_NO_CRASH.judge(true)).isTrue();
        assertThat(BenchTarget.OVERLOAD_NO_CRASH.judge(false)).isFalse();
        assertThat(BenchTarget.VOTES_P99.judge(null)).isNull();
        assertThat(BenchTarget.VOTES_P99.judge(Double.NaN)).isNull();
        assertThat(BenchTarget.VOTES_TO_CEILING.judge(0.04)).as("reported, no threshold").isNull();
    }

    @Test
    void writesTheTargetAsText() {
        assertThat(BenchTarget.VOTES_ACHIEVED.target()).isEqualTo(">= 1950 /s");
        assertThat(BenchTarget.STACK_CPU_PER_VOTE.target()).isEqualTo("<= 0.8 ms");
        assertThat(BenchTarget.PRIZES_RESIDENT.target()).isEqualTo("< 300 MB");
        assertThat(BenchTarget.OVERLOAD_ACKNOWLEDGED_STORED.target()).isEqualTo("true");
    }

    @Test
    void listsEveryTargetWithItsVerdictMeasuredOrNot() {
        Summary summary = new Summary();
        summary.measure(BenchTarget.VOTES_ACHIEVED, 274L);
        summary.measure(BenchTarget.VOTES_P99, 42.0);
        summary.measure(BenchTarget.VOTES_TO_CEILING, 0.04);
        summary.condition("votes", "300/s for 20 s", "2000/s for 30 s", false);

        List<Map<String, Object>> rows = summary.judgement();
        assertThat(rows).hasSize(BenchTarget.values().length);
        assertThat(row(rows, BenchTarget.VOTES_ACHIEVED)).containsEntry("value", 274L).containsEntry("met", false)
                .containsEntry("verdict", "not met").containsEntry("target", ">= 1950 /s");
        assertThat(row(rows, BenchTarget.VOTES_P99)).containsEntry("met", true).containsEntry("verdict", "met");
        assertThat(row(rows, BenchTarget.VOTES_TO_CEILING)).containsEntry("verdict", "reported");
        assertThat(row(rows, BenchTarget.AGENDA_RATE)).containsEntry("value", null).containsEntry("met", null)
                .containsEntry("verdict", "not measured");
        Map<String, Object> all = summary.toMap();
        assertThat(all).containsKeys("conditions", "targets");
        assertThat(all.get("conditions").toString()).contains("same=false");
    }

    @Test
    void printsEveryTargetWithItsFigureTargetAndVerdict() {
        Summary summary = new Summary();
        summary.measure(BenchTarget.VOTES_ACHIEVED, 1990L);
        summary.measure(BenchTarget.OVERLOAD_NO_CRASH, false);
        summary.condition("votes", "2000/s for 30 s", "2000/s for 30 s", true);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        summary.printTargets(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));

        String printed = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(printed).contains("== targets").containsPattern("votes +\\{asRun=2000/s for 30 s.*same=true\\}")
                .containsPattern("votes achieved per second.* +1990 /s +>= 1950 /s +met")
                .containsPattern("overload \\(5x\\): prizes-service alive.* +false +true +not met")
                .containsPattern("agenda JSON: p99 latency +- +< 50 ms +not measured");
        assertThat(printed.lines().filter(line -> line.startsWith("  ") && !line.startsWith("  votes  ")))
                .hasSize(BenchTarget.values().length);
    }

    @Test
    void writesTheSummaryAsJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Summary summary = new Summary();
        summary.put("edition", 2501);
        summary.measure(BenchTarget.VOTES_P99, 12.5);
        java.nio.file.Path file = dir.resolve("bench/summary.json");
        summary.write(file);

        com.fasterxml.jackson.databind.JsonNode json = Summary.JSON.readTree(file.toFile());
        assertThat(json.path("edition").asInt()).isEqualTo(2501);
        assertThat(json.path("targets")).hasSize(BenchTarget.values().length);
        assertThat(json.path("targets").get(BenchTarget.VOTES_P99.ordinal()).path("verdict").asText()).isEqualTo("met");
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, BenchTarget target) {
        return rows.stream().filter(r -> r.get("figure").equals(target.figure())).findFirst().orElseThrow();
    }
}

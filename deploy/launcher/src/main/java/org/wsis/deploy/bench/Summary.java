package org.wsis.deploy.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a bench run found: a section per scenario, the conditions each ran under beside those its
 * targets are stated for, and every {@link BenchTarget} with its figure and verdict. Written as
 * {@code $WSIS_HOME/bench/summary.json} and printed as tables.
 */
final class Summary {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> sections = new LinkedHashMap<>();
    private final Map<String, Object> conditions = new LinkedHashMap<>();
    private final Map<BenchTarget, Object> figures = new EnumMap<>(BenchTarget.class);

    void put(String section, Object value) {
        sections.put(section, value);
    }

    Object get(String section) {
        return sections.get(section);
    }

    /** A figure a target is judged on; null leaves it unmeasured. */
    void measure(BenchTarget target, Object value) {
        figures.put(target, value);
    }

    Object measured(BenchTarget target) {
        return figures.get(target);
    }

    /** How a scenario ran, beside how its targets are stated: its figures compare only when {@code same}. */
    void condition(String scenario, String asRun, String asTargeted, boolean same) {
        Map<String, Object> condition = new LinkedHashMap<>();
        condition.put("asRun", asRun);
        condition.put("targetsStatedFor", asTargeted);
        condition.put("same", same);
        conditions.put(scenario, condition);
    }

    /** Every target, measured or not, with its figure, the target and the verdict. */
    List<Map<String, Object>> judgement() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (BenchTarget target : BenchTarget.values()) {
            Object value = figures.get(target);
            Boolean met = target.judge(value);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", target.name());
            row.put("figure", target.figure());
            row.put("value", value);
            row.put("unit", target.unit());
            row.put("target", target.target());
            row.put("met", met);
            row.put("verdict", verdict(target, value, met));
            rows.add(row);
        }
        return rows;
    }

    static String verdict(BenchTarget target, Object value, Boolean met) {
        if (value == null) {
            return "not measured";
        }
        if (met != null) {
            return met ? "met" : "not met";
        }
        return target.reportedOnly() ? "reported" : "not measured";
    }

    Map<String, Object> toMap() {
        Map<String, Object> all = new LinkedHashMap<>(sections);
        all.put("conditions", conditions);
        all.put("targets", judgement());
        return all;
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), toMap());
    }

    static void printSection(PrintStream out, String title, Map<String, Object> figures) {
        out.println();
        out.println("== " + title);
        figures.forEach((key, value) -> out.printf("  %-30s %s%n", key, value));
    }

    void printTargets(PrintStream out) {
        out.println();
        out.println("== targets");
        conditions.forEach((scenario, condition) -> out.printf("  %-14s %s%n", scenario, condition));
        for (Map<String, Object> row : judgement()) {
            Object value = row.get("value");
            out.printf("  %-72s %14s %-12s %s%n", row.get("figure"),
                    value == null ? "-" : value + (row.get("unit").toString().isEmpty() ? "" : " " + row.get("unit")),
                    row.get("target"), row.get("verdict"));
        }
    }
}

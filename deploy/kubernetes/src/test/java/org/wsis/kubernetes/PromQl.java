package org.wsis.kubernetes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a PromQL expression (an alert's, or a Grafana panel's with its $variables) reads: the series it
 * selects with their label matchers, the labels it groups or matches on, the functions it calls. Enough of
 * PromQL for the chart's own expressions (no subqueries, no strings outside matchers), not a parser.
 */
record PromQl(List<Selector> selectors, Set<String> groupingLabels, Set<String> functions) {

    /** One series selector: the metric's name and its matchers, label to operator and value (e.g. =~"5.."). */
    record Selector(String metric, Map<String, String> matchers) {
    }

    private static final Pattern SELECTOR = Pattern.compile("(?<![\\w:])([a-zA-Z_:][\\w:]*)?\\s*\\{([^}]*)}");
    private static final Pattern MATCHER = Pattern.compile("\\s*([a-zA-Z_]\\w*)\\s*(=~|!~|!=|=)\\s*(\"(?:[^\"\\\\]|\\\\.)*\")\\s*,?");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without|on|ignoring|group_left|group_right)\\s*\\(([^)]*)\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w:.$])([a-zA-Z_:][\\w:]*)(\\s*\\()?");
    /** Grafana's label_values(selector, label) of a template variable's query. */
    private static final Pattern LABEL_VALUES = Pattern.compile("^\\s*label_values\\((.*),\\s*([a-zA-Z_]\\w*)\\s*\\)\\s*$");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset");

    static PromQl parse(String expression) {
        Matcher labelValues = LABEL_VALUES.matcher(expression);
        if (labelValues.matches()) {
            PromQl inner = parse(labelValues.group(1));
            Set<String> grouping = new LinkedHashSet<>(inner.groupingLabels);
            grouping.add(labelValues.group(2));
            Set<String> functions = new LinkedHashSet<>(inner.functions);
            functions.add("label_values");
            return new PromQl(inner.selectors, grouping, functions);
        }
        List<Selector> selectors = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher selector = SELECTOR.matcher(expression);
        while (selector.find()) {
            if (selector.group(1) == null) {
                throw new IllegalArgumentException("a selector without a metric name in " + expression);
            }
            selectors.add(new Selector(selector.group(1), matchers(selector.group(2), expression)));
            selector.appendReplacement(rest, " ");
        }
        selector.appendTail(rest);
        String text = RANGE.matcher(rest).replaceAll(" ");
        Set<String> grouping = new LinkedHashSet<>();
        Matcher clause = GROUPING.matcher(text);
        while (clause.find()) {
            for (String label : clause.group(1).split(",")) {
                if (!label.isBlank()) {
                    grouping.add(label.trim());
                }
            }
        }
        text = GROUPING.matcher(text).replaceAll(" ");
        Set<String> functions = new LinkedHashSet<>();
        Matcher identifier = IDENTIFIER.matcher(text);
        while (identifier.find()) {
            String name = identifier.group(1);
            if (identifier.group(2) != null) {
                functions.add(name);
            } else if (!KEYWORDS.contains(name)) {
                selectors.add(new Selector(name, Map.of()));
            }
        }
        if (text.contains("{") || text.contains("}") || text.contains("\"")) {
            throw new IllegalArgumentException("cannot read " + expression);
        }
        return new PromQl(selectors, grouping, functions);
    }

    Set<String> metrics() {
        Set<String> metrics = new LinkedHashSet<>();
        selectors.forEach(s -> metrics.add(s.metric()));
        return metrics;
    }

    private static Map<String, String> matchers(String text, String expression) {
        Map<String, String> matchers = new LinkedHashMap<>();
        Matcher matcher = MATCHER.matcher(text);
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            matchers.put(matcher.group(1), matcher.group(2) + matcher.group(3));
            end = matcher.end();
        }
        if (!text.substring(end).isBlank()) {
            throw new IllegalArgumentException("cannot read the matchers {" + text + "} in " + expression);
        }
        return matchers;
    }
}

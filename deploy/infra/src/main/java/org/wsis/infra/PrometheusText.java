package org.wsis.infra;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Prometheus text format the services serve on {@code /q/metrics}, as a query would: the samples of
 * a series, selected by a label wherever it stands among the others (they are listed in name order), with
 * exemplars ({@code # {trace_id=...}}) ignored. Used by the benchmark and the tests alike.
 */
public final class PrometheusText {

    private PrometheusText() {
    }

    /** Whether the series (exact name, any labels) has a sample. */
    public static boolean has(String text, String series) {
        return Pattern.compile("(?m)^" + Pattern.quote(series) + "\\{").matcher(text).find();
    }

    /** The sum of the series' samples whose labels contain {@code label} (e.g. {@code reason="overload"}; "" for all), 0 when none. */
    public static double sum(String text, String series, String label) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + "\\{([^}]*)\\} (\\S+)").matcher(text);
        double total = 0;
        while (line.find()) {
            if (line.group(1).contains(label)) {
                total += Double.parseDouble(line.group(2));
            }
        }
        return total;
    }
}

package org.wsis.infra.testing;

import io.restassured.RestAssured;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of a service's {@code /q/metrics} (Prometheus text format), read as an operator's queries would. */
public record ScrapedMetrics(String text) {

    /** Scrapes the application under test, as Prometheus does: no token. */
    public static ScrapedMetrics scrape() {
        return new ScrapedMetrics(RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** Whether a sample of the series (exact name, any labels) is exposed. */
    public boolean has(String series) {
        return Pattern.compile("(?m)^" + Pattern.quote(series) + "\\{").matcher(text).find();
    }

    /**
     * The value of the first sample of the series whose labels contain {@code labels} (e.g.
     * {@code consumer="x"}; empty for any), or 0 when there is none. Exemplars are ignored.
     */
    public double value(String series, String labels) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(series) + "\\{([^}]*)\\} (\\S+)( #.*)?$").matcher(text);
        while (sample.find()) {
            if (sample.group(1).contains(labels)) {
                return Double.parseDouble(sample.group(2));
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        return text;
    }
}

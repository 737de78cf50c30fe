package org.wsis.infra.testing;

import io.restassured.RestAssured;
import org.wsis.infra.PrometheusText;

/** One scrape of a service's {@code /q/metrics} (Prometheus text format), read as an operator's queries would. */
public record ScrapedMetrics(String text) {

    /** Scrapes the application under test, as Prometheus does: no token. */
    public static ScrapedMetrics scrape() {
        return new ScrapedMetrics(RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** Whether a sample of the series (exact name, any labels) is exposed. */
    public boolean has(String series) {
        return PrometheusText.has(text, series);
    }

    /**
     * The sum of the series' samples whose labels contain {@code labels} (e.g. {@code consumer="x"}; empty
     * for all), or 0 when there is none.
     */
    public double value(String series, String labels) {
        return PrometheusText.sum(text, series, labels);
    }

    @Override
    public String toString() {
        return text;
    }
}

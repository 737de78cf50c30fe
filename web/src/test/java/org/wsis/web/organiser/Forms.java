package org.wsis.web.organiser;

import io.restassured.response.Response;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** A form's CSRF token and cookie, read from the page that shows the form, as a browser would. */
record Forms(Map<String, String> cookies, String fieldName, String token) {

    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]+)\">");

    static Forms of(String page) {
        Response response = given().get(page);
        Matcher hidden = HIDDEN.matcher(response.asString());
        if (!hidden.find()) {
            throw new AssertionError("no CSRF field on " + page + ":\n" + response.asString());
        }
        return new Forms(response.getCookies(), hidden.group(1), hidden.group(2));
    }
}

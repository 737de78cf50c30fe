package org.wsis.web;

import io.restassured.response.Response;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** A page's form as a browser holds it: the CSRF cookie the page set and the token in its hidden field. */
public record Forms(Map<String, String> cookies, String fieldName, String token) {

    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]+)\">");

    public static Forms of(String page) {
        Response response = given().get(page);
        Matcher hidden = HIDDEN.matcher(response.asString());
        if (!hidden.find()) {
            throw new AssertionError("no CSRF field on " + page + " (" + response.statusCode() + "):\n" + response.asString());
        }
        return new Forms(new HashMap<>(response.getCookies()), hidden.group(1), hidden.group(2));
    }

    /** A POST as the browser sends it: the cookie, the token and the fields; redirects not followed. */
    public Response post(String path, Map<String, ?> fields) {
        Map<String, Object> all = new HashMap<>(fields);
        all.put(fieldName, token);
        return given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParams(all).post(path);
    }

    public static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}

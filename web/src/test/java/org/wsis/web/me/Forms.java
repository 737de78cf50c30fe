package org.wsis.web.me;

import io.restassured.response.Response;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A page's form as a browser holds it: the CSRF cookie the page set and the token in its hidden field. */
record Forms(Map<String, String> cookies, String tokenName, String token) {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">");

    static Forms from(String path) {
        Response page = given().get(path);
        assertThat(page.statusCode()).as("GET " + path).isEqualTo(200);
        Matcher hidden = HIDDEN.matcher(page.asString());
        assertThat(hidden.find()).as("a CSRF field on " + path).isTrue();
        return new Forms(new HashMap<>(page.getCookies()), hidden.group(1), hidden.group(2));
    }

    /** A POST as the browser sends it: the cookie, the token and the fields. */
    Response post(String path, Map<String, ?> fields) {
        Map<String, Object> all = new HashMap<>(fields);
        all.put(tokenName, token);
        return given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParams(all).post(path);
    }

    static Map<String, Object> of(Object... pairs) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}

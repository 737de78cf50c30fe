package org.wsis.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a page's HTML in module tests. */
public final class Html {

    private Html() {
    }

    /** What lies between the first {@code start} and the next {@code end} (e.g. a form's fields). */
    public static String inner(String html, String start, String end) {
        Matcher m = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL).matcher(html);
        if (!m.find()) {
            throw new AssertionError("no " + start + " in:\n" + html);
        }
        return m.group(1);
    }
}

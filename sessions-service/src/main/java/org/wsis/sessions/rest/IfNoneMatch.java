package org.wsis.sessions.rest;

import java.util.List;

/**
 * The {@code If-None-Match} precondition of a GET (RFC 9110 §13.1.2): false, so that the answer is
 * 304, when the field is {@code *} or lists an entity tag that matches the current one by weak
 * comparison (the comparison the RFC prescribes for this field: {@code W/"x"} matches {@code "x"}).
 * Several fields are one comma-separated list. A member that is not a well-formed entity tag is
 * ignored, never an error: a hostile or broken header only costs the client its 304.
 */
final class IfNoneMatch {

    private IfNoneMatch() {
    }

    /** Whether a representation tagged {@code etag} (quoted, strong) is one the client already has. */
    static boolean matches(List<String> fields, String etag) {
        if (fields == null) {
            return false;
        }
        String opaque = etag.substring(1, etag.length() - 1);
        for (String field : fields) {
            if (field != null && matches(field, opaque)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String field, String opaque) {
        if (field.strip().equals("*")) {
            return true; // any current representation: there is one
        }
        int i = 0;
        int n = field.length();
        while (i < n) {
            char c = field.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
            } else {
                if (field.startsWith("W/", i)) {
                    i += 2;
                }
                if (i < n && field.charAt(i) == '"') {
                    int end = field.indexOf('"', i + 1);
                    if (end < 0) {
                        return false;
                    }
                    if (field.regionMatches(i + 1, opaque, 0, opaque.length()) && end - i - 1 == opaque.length()) {
                        return true;
                    }
                    i = end + 1;
                } else {
                    int next = field.indexOf(',', i); // not an entity tag: skip to the next member
                    if (next < 0) {
                        return false;
                    }
                    i = next + 1;
                }
            }
        }
        return false;
    }
}

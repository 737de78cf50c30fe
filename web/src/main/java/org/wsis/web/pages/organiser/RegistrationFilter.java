package org.wsis.web.pages.organiser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The filters of the registrations list, as the visitor gave them in the query string. {@code status} is
 * PENDING when absent (the accreditation queue) and every status when {@value #ALL} (or empty).
 */
public record RegistrationFilter(String status, String stakeholderGroup, String country, String attendance, String q,
                                 int page, int size) {

    static final List<String> STATUSES = List.of("PENDING", "CONFIRMED", "WAITLISTED", "REJECTED", "CANCELLED", "ERASED");
    static final List<String> STAKEHOLDER_GROUPS = List.of("GOVERNMENT", "PRIVATE_SECTOR", "CIVIL_SOCIETY", "ACADEMIA",
            "INTERNATIONAL_ORGANIZATION", "TECHNICAL_COMMUNITY", "MEDIA");
    static final List<String> ATTENDANCES = List.of("IN_PERSON", "REMOTE");
    /** The status filter's value for "every status" (an empty value reads as absent). */
    static final String ALL = "ALL";
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    static final int MAX_PAGE = 100_000;

    static RegistrationFilter of(String status, String stakeholderGroup, String country, String attendance, String q,
                                 Integer page, Integer size) {
        String chosen = status == null ? "PENDING" : status.trim().toUpperCase(Locale.ROOT);
        return new RegistrationFilter(ALL.equals(chosen) ? "" : chosen,
                clean(stakeholderGroup, true), clean(country, true), clean(attendance, true), clean(q, false),
                page == null ? 0 : Math.max(0, Math.min(MAX_PAGE, page)),
                size == null ? DEFAULT_SIZE : Math.max(1, Math.min(MAX_SIZE, size)));
    }

    private static String clean(String value, boolean upper) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return upper ? value.trim().toUpperCase(Locale.ROOT) : value.trim();
    }

    /** The first filter that no form offers (a hand-edited address), or null when they are all fine. */
    String invalidField() {
        if (!status.isEmpty() && !STATUSES.contains(status)) {
            return "status";
        }
        if (!stakeholderGroup.isEmpty() && !STAKEHOLDER_GROUPS.contains(stakeholderGroup)) {
            return "stakeholderGroup";
        }
        if (!attendance.isEmpty() && !ATTENDANCES.contains(attendance)) {
            return "attendance";
        }
        return null;
    }

    String statusParam() {
        return status.isEmpty() ? null : status;
    }

    String stakeholderGroupParam() {
        return stakeholderGroup.isEmpty() ? null : stakeholderGroup;
    }

    String countryParam() {
        return country.isEmpty() ? null : country;
    }

    String attendanceParam() {
        return attendance.isEmpty() ? null : attendance;
    }

    String qParam() {
        return q.isEmpty() ? null : q;
    }

    /** The filters as a query string (status always, so that "all statuses" stays all), without paging. */
    public String query() {
        StringJoiner query = new StringJoiner("&");
        query.add("status=" + (status.isEmpty() ? ALL : encode(status)));
        add(query, "stakeholderGroup", stakeholderGroup);
        add(query, "country", country);
        add(query, "attendance", attendance);
        add(query, "q", q);
        return query.toString();
    }

    /** The filters and the paging as a query string. */
    public String queryWithPage() {
        return pageQuery(page);
    }

    public String pageQuery(int number) {
        return query() + (number > 0 ? "&page=" + number : "") + (size != DEFAULT_SIZE ? "&size=" + size : "");
    }

    private static void add(StringJoiner query, String name, String value) {
        if (!value.isEmpty()) {
            query.add(name + "=" + encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.wsis.registration.rest;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The organisers' CSV export (RFC 4180), safe to open in a spreadsheet. */
final class RegistrationCsv {

    private static final String HEADER = "id,status,firstName,lastName,email,organisation,jobTitle,country,"
            + "stakeholderGroup,attendance,visaSupportRequested,nationality,accessibilityNeeds,createdAt";

    private RegistrationCsv() {
    }

    static String write(List<RegistrationResponse> rows) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (RegistrationResponse r : rows) {
            out.append(Stream.of(r.id(), r.status(), r.firstName(), r.lastName(), r.email(), r.organisation(),
                            r.jobTitle(), r.country(), r.stakeholderGroup(), r.attendance(), r.visaSupportRequested(),
                            r.nationality(), r.accessibilityNeeds(), r.createdAt())
                    .map(RegistrationCsv::cell)
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text; // a spreadsheet must not run a participant's input as a formula
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || text.startsWith("'")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}

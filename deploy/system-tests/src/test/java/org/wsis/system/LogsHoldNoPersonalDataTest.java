package org.wsis.system;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wsis.deploy.Service;
import org.wsis.deploy.demo.ApiClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs last, over the logs of the whole system-test run (every service instance, restarts included): no
 * line at INFO or above holds a person's name, e-mail address, organisation or a token. Before reading
 * them it takes one person of its own through registration, a refused change and erasure, with values
 * that appear nowhere else.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(SystemStack.Extension.class)
class LogsHoldNoPersonalDataTest {

    private static final int YEAR = 2037;
    /** What the system tests put in personal fields, as patterns: every e-mail is at example.org. */
    private static final List<Pattern> PERSONAL = List.of(
            Pattern.compile("[A-Za-z0-9._%+-]+@example\\.org"),
            Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ"), // a JWT: header.payload
            Pattern.compile("Org of "),
            Pattern.compile("alice-e2e"));
    private static final Pattern DEBUG = Pattern.compile("^\\S+ \\S+ (DEBUG|TRACE) ");

    @Test
    void noPersonalDataReachesTheLogs() throws IOException {
        SystemStack stack = SystemStack.get();
        Api api = new Api(stack);
        Edition edition = new Edition(stack, api, YEAR);
        edition.openRegistration();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String subject = "logcheck-" + unique;
        String token = edition.token(subject);
        Map<String, Object> details = Edition.registration(subject, "GOVERNMENT", "REMOTE");
        details.put("firstName", "Zoë" + unique);
        details.put("lastName", "Logcheck" + unique);
        details.put("email", "zoe." + unique + "@example.org");
        ApiClient.Response created = api.expect("POST", Service.REGISTRATION, edition.path("/registrations"), token,
                details, 201);
        String id = created.text("id");
        api.expect("PATCH", Service.REGISTRATION, edition.path("/registrations/" + id), token,
                Map.of("email", "not an address " + unique, "lastName", "Logcheck" + unique), 400);
        api.expect("DELETE", Service.REGISTRATION, edition.path("/registrations/" + id), token,
                null, 204);

        List<Pattern> personal = new ArrayList<>(PERSONAL);
        for (String value : List.of("Zoë" + unique, "Logcheck" + unique, "zoe." + unique, "not an address " + unique)) {
            personal.add(Pattern.compile(Pattern.quote(value)));
        }
        List<String> leaks = new ArrayList<>();
        List<Path> logs = serviceLogs(stack);
        assertThat(logs).as("the services' logs").hasSizeGreaterThanOrEqualTo(Service.values().length);
        for (Path log : logs) {
            try (Stream<String> lines = Files.lines(log)) {
                lines.filter(line -> !DEBUG.matcher(line).find())
                        .filter(line -> personal.stream().anyMatch(p -> p.matcher(line).find()))
                        .limit(5).forEach(line -> leaks.add(log.getFileName() + ": " + line));
            }
        }
        assertThat(leaks).as("log lines holding personal data").isEmpty();
    }

    private static List<Path> serviceLogs(SystemStack stack) throws IOException {
        try (Stream<Path> files = Files.list(stack.config().logsDirectory())) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".log") && !name.endsWith("-gc.log")
                        && Arrays.stream(Service.values()).anyMatch(s -> name.startsWith(s.module()));
            }).toList();
        }
    }
}

package org.wsis.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.wsis.deploy.Service;
import org.wsis.deploy.demo.ApiClient;
import org.wsis.deploy.fixture.ContestEdition;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Sets up one edition through the public APIs: registration open, confirmed people, a contest in VOTING. */
public final class Edition {

    public static final String ORGANISER = "system-organiser";
    public static final String REVIEWER = "system-reviewer";

    /** A person with a registration: token subject, participant id. */
    public record Person(String subject, UUID id, String token) {
    }

    private final SystemStack stack;
    private final Api api;
    private final int year;
    final String organiser;
    final String reviewer;

    public Edition(SystemStack stack, Api api, int year) {
        this.stack = stack;
        this.api = api;
        this.year = year;
        this.organiser = stack.token(ORGANISER, "organiser");
        this.reviewer = stack.token(REVIEWER, "reviewer");
    }

    public String token(String subject) {
        return stack.token(subject, "participant");
    }

    public int year() {
        return year;
    }

    public String path(String suffix) {
        return "/editions/" + year + suffix;
    }

    public void openRegistration() {
        try {
            fixture().openRegistration(5000);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> registration(String subject, String group, String attendance) {
        return ContestEdition.registration(subject, "First", "Org of " + subject, group, attendance);
    }

    /** Registers a government delegate (accredited at once, REMOTE: never waitlisted). */
    public Person registerConfirmed(String subject) {
        String token = stack.token(subject, "participant");
        ApiClient.Response created = api.expect("POST", Service.REGISTRATION, path("/registrations"), token,
                registration(subject, "GOVERNMENT", "REMOTE"), 201);
        return new Person(subject, UUID.fromString(created.text("id")), token);
    }

    /** Polls prizes' read model until every person may vote. */
    public void awaitEligible(List<Person> people) {
        List<UUID> ids = people.stream().map(Person::id).toList();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> Truth.eligible(stack, year).keySet().containsAll(ids));
    }

    /** Opens the contest, submits {@code perCategory} projects in each category, nominates them, opens VOTING. */
    public Map<String, List<UUID>> openVoting(List<String> categories, int perCategory) {
        try {
            Map<String, List<UUID>> nominations = new LinkedHashMap<>();
            fixture().openVoting(categories, perCategory, subject -> stack.token(subject, "participant"))
                    .forEach((category, ids) -> nominations.put(category, ids.stream().map(UUID::fromString).toList()));
            return nominations;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared set-up, sent through this test's client: every call must answer 2xx. */
    private ContestEdition fixture() {
        return new ContestEdition((method, service, suffix, token, body) -> api.expect(method, service, path(suffix),
                token, body, 200, 201).body(), organiser, reviewer, "system-" + year);
    }

    public JsonNode get(Service service, String suffix, String token) {
        return api.expect("GET", service, path(suffix), token, null, 200).body();
    }
}

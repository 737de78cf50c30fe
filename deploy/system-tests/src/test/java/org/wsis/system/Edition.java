package org.wsis.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.wsis.deploy.Service;
import org.wsis.deploy.demo.ApiClient;

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

    private static final String BODY = "The project started as a small pilot with local partners and grew step by step "
            + "after each round of feedback from the people who use it every day. It is built on open standards and "
            + "open source software, so that other organisations and countries can adopt and adapt it without licence "
            + "fees. Training is part of every deployment: local facilitators learn to run the service themselves and "
            + "then teach others in their communities. The team measures reach, cost and satisfaction every quarter "
            + "and publishes the results, together with the lessons learned, on the project website. Women, young "
            + "people and persons with disabilities were involved in the design from the first day, and the service "
            + "works on basic phones as well as on computers. The next phase will extend the work to neighbouring "
            + "regions, strengthen the partnership with public authorities and secure long-term funding for its "
            + "operation.";

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
        api.expect("PUT", Service.REGISTRATION, path("/registration-settings"), organiser, Map.of(
                "inPersonCapacity", 5000,
                "opensAt", Instant.now().minus(Duration.ofDays(1)).toString(),
                "closesAt", Instant.now().plus(Duration.ofDays(30)).toString()), 200, 201);
    }

    public static Map<String, Object> registration(String subject, String group, String attendance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", "First");
        body.put("lastName", subject);
        body.put("email", subject + "@example.org");
        body.put("organisation", "Org of " + subject);
        body.put("country", "CH");
        body.put("stakeholderGroup", group);
        body.put("attendance", attendance);
        body.put("dataProcessingConsent", true);
        return body;
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
        api.expect("PUT", Service.PRIZES, path("/contest"), organiser, Map.of("championsPerCategory", 3), 200, 201);
        Map<String, List<UUID>> nominations = new LinkedHashMap<>();
        int n = 0;
        for (String category : categories) {
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < perCategory; i++) {
                String proposer = "proposer-" + year + "-" + (n++);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("title", "Project " + category + " " + i);
                body.put("category", category);
                body.put("organisation", "Organisation " + category + " " + i);
                body.put("country", "KE");
                body.put("stakeholderGroup", "CIVIL_SOCIETY");
                body.put("description", "Project " + category + " " + i + " connects rural schools. " + BODY);
                body.put("projectUrl", "https://projects.example.org/" + year + "/" + category + "/" + i);
                body.put("sdgs", List.of(4, 9));
                ApiClient.Response created = api.expect("POST", Service.PRIZES, path("/nominations"),
                        stack.token(proposer, "participant"), body, 201);
                ids.add(UUID.fromString(created.text("id")));
            }
            nominations.put(category, ids);
        }
        api.expect("POST", Service.PRIZES, path("/contest/phase"), organiser, Map.of("phase", "REVIEW"), 200);
        for (List<UUID> ids : nominations.values()) {
            for (UUID id : ids) {
                api.expect("POST", Service.PRIZES, path("/nominations/" + id + "/review"), reviewer,
                        Map.of("decision", "NOMINATE", "reason", "system test"), 200);
            }
        }
        api.expect("POST", Service.PRIZES, path("/contest/phase"), organiser, Map.of("phase", "VOTING"), 200);
        return nominations;
    }

    public JsonNode get(Service service, String suffix, String token) {
        return api.expect("GET", service, path(suffix), token, null, 200).body();
    }
}

package org.wsis.deploy.demo;

import org.wsis.deploy.Service;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Opens registration for the demo edition and registers participants from several countries and
 * stakeholder groups, each with their own token. GOVERNMENT and INTERNATIONAL_ORGANIZATION are
 * accredited by the service itself; the organiser approves some of the others and leaves the rest
 * PENDING, so there is something to accredit by hand.
 */
public final class RegistrationDemo implements DemoLoader {

    static final int IN_PERSON_CAPACITY = 300;

    /** One sample participant; {@code approve} says whether the organiser accredits them when PENDING. */
    record Person(String subject, String firstName, String lastName, String organisation, String jobTitle,
                  String country, String stakeholderGroup, String attendance, boolean approve) {

        String email() {
            return subject.equals(DemoUser.PARTICIPANT.subject()) ? DemoUser.PARTICIPANT.email()
                    : (firstName + "." + lastName).toLowerCase().replaceAll("[^a-z.]", "") + "@example.org";
        }

        String name() {
            return firstName + " " + lastName;
        }
    }

    static final List<Person> PEOPLE = List.of(
            new Person(DemoUser.PARTICIPANT.subject(), "Demo", "Participant", "WSIS Demo Association",
                    "Programme Officer", "CH", "CIVIL_SOCIETY", "IN_PERSON", true),
            new Person("demo-participant-1", "Amina", "Odhiambo", "Ministry of ICT and Digital Economy",
                    "Director of Digital Policy", "KE", "GOVERNMENT", "IN_PERSON", false),
            new Person("demo-participant-2", "Lucas", "Ferreira", "Rede Inclusão Digital",
                    "Coordinator", "BR", "CIVIL_SOCIETY", "REMOTE", true),
            new Person("demo-participant-3", "Priya", "Raman", "Institute of Technology Chennai",
                    "Professor of Computer Science", "IN", "ACADEMIA", "IN_PERSON", true),
            new Person("demo-participant-4", "Sophie", "Keller", "Alpine Cloud AG",
                    "Head of Public Affairs", "CH", "PRIVATE_SECTOR", "IN_PERSON", false),
            new Person("demo-participant-5", "Kwame", "Mensah", "West Africa Internet Exchange",
                    "Network Engineer", "GH", "TECHNICAL_COMMUNITY", "IN_PERSON", true),
            new Person("demo-participant-6", "Elena", "Garcia", "Global Digital Cooperation Office",
                    "Programme Manager", "ES", "INTERNATIONAL_ORGANIZATION", "REMOTE", false),
            new Person("demo-participant-7", "Hiroshi", "Tanaka", "Tokyo Tech Weekly",
                    "Technology Correspondent", "JP", "MEDIA", "REMOTE", false),
            new Person("demo-participant-8", "Fatima", "Haddad", "Nile Data Systems",
                    "Chief Technology Officer", "EG", "PRIVATE_SECTOR", "IN_PERSON", true));

    @Override
    public String service() {
        return Service.REGISTRATION.module();
    }

    @Override
    public String load(DemoContext context) throws DemoException, IOException, InterruptedException {
        String organiser = context.token(DemoUser.ORGANISER);
        openRegistration(context, organiser);
        int created = 0;
        Map<String, Integer> byStatus = new TreeMap<>();
        for (Person person : PEOPLE) {
            String token = context.participantToken(person.subject(), person.name(), person.email());
            ApiClient.Response answer = context.api().expect("POST", registrations(context, ""), token,
                    registration(person), 201, 409);
            created += answer.status() == 201 ? 1 : 0;
            // 409: registered by an earlier up --demo; read it back to carry on from where it is
            ApiClient.Response registration = answer.status() == 201 && answer.text("id") != null && answer.text("status") != null
                    ? answer : mine(context, token);
            String id = registration.text("id");
            String status = registration.text("status");
            if ("PENDING".equals(status) && person.approve()) {
                ApiClient.Response accredited = context.api().expect("POST",
                        registrations(context, "/" + id + "/accreditation"), organiser,
                        Map.of("decision", "APPROVE"), 200, 201, 204, 409);
                status = accredited.status() == 200 && accredited.text("status") != null
                        ? accredited.text("status") : mine(context, token).text("status");
            }
            context.addParticipant(new DemoParticipant(person.subject(), token, id, status));
            byStatus.merge(String.valueOf(status), 1, Integer::sum);
        }
        return "edition " + DemoContext.EDITION + " open for registration (" + IN_PERSON_CAPACITY
                + " in-person seats); " + PEOPLE.size() + " participants (" + created + " new, "
                + (PEOPLE.size() - created) + " kept from an earlier run): " + byStatus;
    }

    /** The window always includes now, so registering works whenever the demo runs. */
    private void openRegistration(DemoContext context, String organiser)
            throws DemoException, IOException, InterruptedException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("inPersonCapacity", IN_PERSON_CAPACITY);
        settings.put("opensAt", now.minus(Duration.ofDays(30)).toString());
        settings.put("closesAt", now.plus(Duration.ofDays(365)).toString());
        context.api().expect("PUT", context.url(Service.REGISTRATION,
                "/editions/" + DemoContext.EDITION + "/registration-settings"), organiser, settings, 200, 201, 204);
    }

    private ApiClient.Response mine(DemoContext context, String token)
            throws DemoException, IOException, InterruptedException {
        return context.api().expect("GET", registrations(context, "/me"), token, null, 200);
    }

    private static java.net.URI registrations(DemoContext context, String suffix) {
        return context.url(Service.REGISTRATION, "/editions/" + DemoContext.EDITION + "/registrations" + suffix);
    }

    static Map<String, Object> registration(Person person) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("firstName", person.firstName());
        body.put("lastName", person.lastName());
        body.put("email", person.email());
        body.put("organisation", person.organisation());
        body.put("jobTitle", person.jobTitle());
        body.put("country", person.country());
        body.put("stakeholderGroup", person.stakeholderGroup());
        body.put("attendance", person.attendance());
        body.put("dataProcessingConsent", true);
        return body;
    }
}

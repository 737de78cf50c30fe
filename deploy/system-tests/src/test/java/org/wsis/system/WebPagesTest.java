package org.wsis.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.wsis.deploy.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web pages in a real browser against the running stack (Keycloak, the three services over Kafka): a
 * participant signs in and registers; an organiser, signed in in another browser, accredits her and
 * publishes the agenda after reading its changes; she takes a seat and votes; the organiser's tally page
 * shows her vote without a reload; anyone can check her receipt. Every page is audited for accessibility
 * (axe-core, WCAG 2.1 AA) and kept as a screenshot in target/screenshots.
 */
@ExtendWith(SystemStack.Extension.class)
class WebPagesTest {

    /** The edition the stack's web pages show (WSIS_WEB_EDITION in this module's pom). */
    static final int YEAR = 2038;
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @Test
    void aParticipantRegistersIsAccreditedTakesASeatAndVotesWhileTheOrganiserWatches() throws Exception {
        SystemStack stack = SystemStack.get();
        Api api = new Api(stack);
        Edition edition = new Edition(stack, api, YEAR);
        edition.openRegistration();
        String sessionId = scheduledSession(api, edition);
        UUID nomination = edition.openVoting(List.of("C1"), 2).get("C1").get(0);
        String web = stack.webUrl();

        try (Browser participant = new Browser(web); Browser organiser = new Browser(web)) {
            participant.open("/").check("home");
            participant.open("/agenda").check("agenda-unpublished");

            // she signs in at Keycloak and registers with the full form
            participant.signIn("demo-participant", stack.password("demo-participant"), "/me");
            participant.find("#registration-form");
            participant.check("registration-form");
            participant.type("#f-firstName", "Amina").type("#f-lastName", "Diallo")
                    .type("#f-email", "amina.web@example.org").type("#f-organisation", "Connect Sahel")
                    .type("#f-jobTitle", "Programme lead");
            select(participant, "#f-country", "SN");
            select(participant, "#f-stakeholderGroup", "CIVIL_SOCIETY");
            participant.click("#attendance-IN_PERSON").click("#f-dataProcessingConsent").click("#submit-registration");
            assertThat(participant.find("#registration-status").getAttribute("data-status")).isEqualTo("PENDING");
            participant.check("me-pending");

            // the organiser accredits her in another browser
            organiser.signIn("demo-organiser", stack.password("demo-organiser"), "/organiser/registrations?status=PENDING");
            organiser.check("organiser-registrations");
            organiser.find("tr[data-email='amina.web@example.org'] button.approve").click();
            assertThat(organiser.find("#accreditation-notice").getText()).contains("Amina");
            participant.open("/me");
            assertThat(participant.find("#registration-status").getAttribute("data-status")).isEqualTo("CONFIRMED");
            participant.check("me-confirmed");

            // the organiser reads what the release changes, then publishes it
            organiser.open("/organiser/releases");
            assertThat(organiser.find("#changes-added").getText()).contains("Community networks in the Sahel");
            organiser.check("organiser-release-preview");
            organiser.click("#publish-release");
            assertThat(organiser.find("#release-notice").getText()).contains("1");
            organiser.check("organiser-release-published");
            organiser.open("/organiser/schedule?day=2038-07-06").check("organiser-schedule");

            // she finds the session in the agenda and takes a seat (once sessions-service knows she is confirmed)
            participant.open("/agenda");
            participant.check("agenda");
            participant.find("a[href='/agenda/sessions/" + sessionId + "']").click();
            participant.check("session");
            eventually(participant, () -> {
                participant.open("/agenda/sessions/" + sessionId);
                participant.click("#reserve-seat");
                return !participant.all("#seat-status").isEmpty();
            });
            participant.check("session-seat-reserved");

            // the organiser watches the tallies; she votes; the page updates itself
            organiser.open("/organiser/tallies");
            String tally = "tr[data-nomination-id='" + nomination + "']";
            organiser.awaitAttribute(tally, "data-votes", "0");
            organiser.check("organiser-tallies");

            participant.open("/prizes").check("prizes");
            participant.open("/prizes/categories/C1").check("category");
            participant.find("a.vote-link[data-nomination-id='" + nomination + "']").click();
            participant.check("vote-confirmation");
            eventually(participant, () -> {
                participant.open("/vote/" + nomination);
                participant.click("#confirm-vote");
                return !participant.all("#receipt").isEmpty();
            });
            String receipt = participant.find("#receipt").getText().trim();
            assertThat(receipt).isNotBlank();
            participant.check("vote-receipt");

            Instant cast = Instant.now();
            organiser.awaitAttribute(tally, "data-votes", "1");
            System.out.printf("[web] the organiser's tally page showed the vote %d ms after it was cast%n",
                    Duration.between(cast, Instant.now()).toMillis());
            organiser.check("organiser-tallies-live");
            organiser.open("/organiser/contest").check("organiser-contest");
            organiser.open("/organiser").check("organiser-dashboard");
            organiser.open("/organiser/registrations?status=CONFIRMED").check("organiser-registrations-confirmed");
            organiser.open("/organiser/waitlist").check("organiser-waitlist");
            organiser.open("/organiser/anomalies").check("organiser-anomalies");

            // her own pages: votes, edit, and the two confirmations (not confirmed here)
            participant.open("/me/votes").check("me-votes");
            participant.open("/me/edit").check("me-edit");
            participant.open("/me/cancel").check("me-cancel");
            participant.open("/me/erase").check("me-erase");

            // the reviewer: this phase explained, the live tallies too
            try (Browser reviewer = new Browser(web)) {
                reviewer.signIn("demo-reviewer", stack.password("demo-reviewer"), "/reviewer");
                reviewer.check("reviewer");
                reviewer.open("/reviewer/winners").check("reviewer-winners");
                reviewer.open("/organiser/tallies");
                reviewer.awaitAttribute(tally, "data-votes", "1");
                reviewer.check("reviewer-tallies");
                reviewer.open("/organiser/registrations");
                assertThat(reviewer.find("main").getText()).as("a reviewer is refused the organisers' pages")
                        .contains("may not see this page").doesNotContain("amina.web@example.org");
                reviewer.check("forbidden");
            }

            // anyone can check the receipt; the pages speak French too
            try (Browser anyone = new Browser(web)) {
                anyone.open("/prizes/results").check("results-not-yet");
                anyone.open("/agenda/sessions/not-a-session").check("not-found");
                anyone.open("/receipts/check?receipt=no-such-receipt").check("receipt-unknown");
                assertThat(anyone.find("#receipt-error").getText()).isNotBlank();
                anyone.open("/receipts").check("receipts");
                anyone.type("#receipt", receipt);
                anyone.find("#receipt").submit();
                String project = edition.get(Service.PRIZES, "/nominations/" + nomination, edition.organiser)
                        .path("title").asText();
                assertThat(anyone.find("#receipt-result").getText()).contains(project);
                anyone.check("receipt-checked");
                anyone.open("/language/fr?next=/agenda");
                assertThat(anyone.find("html").getAttribute("lang")).isEqualTo("fr");
                anyone.check("agenda-fr");
                // on a phone: nothing wider than the screen
                anyone.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
                anyone.open("/agenda").check("agenda-phone");
                assertThat((Long) anyone.driver().executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth;")).isLessThanOrEqualTo(0L);
            }

            // the session cookie is out of scripts' reach and not sent by other sites' forms; signing out ends it
            // (q_session, in chunks when the tokens it holds are large)
            List<org.openqa.selenium.Cookie> session = participant.driver().manage().getCookies().stream()
                    .filter(c -> c.getName().startsWith("q_session")).toList();
            assertThat(session).as("the session cookie").isNotEmpty();
            assertThat(session).allSatisfy(c -> {
                assertThat(c.isHttpOnly()).as(c.getName() + " HttpOnly").isTrue();
                assertThat(c.getSameSite()).as(c.getName() + " SameSite").isEqualTo("Lax");
            });
            participant.open("/me/votes").click("a[href='/sign-out']");
            new org.openqa.selenium.support.ui.WebDriverWait(participant.driver(), EVENTUALLY)
                    .until(d -> d.getCurrentUrl().startsWith(web) && !d.findElements(By.cssSelector("a[href^='/sign-in']")).isEmpty());
            participant.open("/me");
            assertThat(participant.driver().getCurrentUrl()).as("signed out: /me asks to sign in again")
                    .doesNotStartWith(web);
        }
    }

    /** A HYBRID workshop in a room for 40, scheduled on the first day but not yet published. */
    private static String scheduledSession(Api api, Edition edition) {
        String organiser = edition.organiser;
        api.expect("PUT", Service.SESSIONS, edition.path("/venue"), organiser, Map.of("startDate", "2038-07-06",
                "endDate", "2038-07-08", "timeZone", "Europe/Zurich", "dailyStart", "09:00", "dailyEnd", "18:00"), 200);
        String roomId = api.expect("POST", Service.SESSIONS, edition.path("/rooms"), organiser,
                Map.of("name", "Room Web", "capacity", 40, "hybrid", true), 201).text("id");
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("title", "Community networks in the Sahel");
        session.put("summary", "Operators, regulators and villages compare what worked.");
        session.put("format", "THEMATIC_WORKSHOP");
        session.put("actionLines", List.of("C2"));
        session.put("sdgs", List.of(9));
        session.put("mode", "HYBRID");
        session.put("durationMinutes", 60);
        session.put("speakerParticipantIds", List.of());
        session.put("expectedAudience", 30);
        String id = api.expect("POST", Service.SESSIONS, edition.path("/sessions"), organiser, session, 201).text("id");
        api.expect("PUT", Service.SESSIONS, edition.path("/sessions/" + id + "/slot"), organiser,
                Map.of("roomId", roomId, "start", "2038-07-06T10:00:00+02:00", "end", "2038-07-06T11:00:00+02:00"), 200);
        return id;
    }

    private static void select(Browser browser, String css, String value) {
        new org.openqa.selenium.support.ui.Select(browser.find(css)).selectByValue(value);
    }

    /** Retries a step that depends on an event reaching another service, until it succeeds or time runs out. */
    private static void eventually(Browser browser, Supplier<Boolean> step) {
        try {
            org.awaitility.Awaitility.await().atMost(EVENTUALLY).pollInSameThread().pollInterval(Duration.ofMillis(500))
                    .until(step::get);
        } catch (org.awaitility.core.ConditionTimeoutException late) {
            throw new AssertionError("not done within " + EVENTUALLY.toSeconds() + " s; the page says: "
                    + browser.find("main").getText(), late);
        }
    }
}

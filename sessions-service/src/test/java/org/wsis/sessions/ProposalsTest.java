package org.wsis.sessions;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.wsis.sessions.Api.anonymous;
import static org.wsis.sessions.Api.as;
import static org.wsis.sessions.Api.base;
import static org.wsis.sessions.Api.organiser;
import static org.wsis.sessions.Api.participant;
import static org.wsis.sessions.Api.session;

@QuarkusTest
class ProposalsTest {

    private static final int EDITION = TestEditions.next();
    private static final String PROPOSALS = base(EDITION) + "/proposals";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    AgroalDataSource db;

    @Test
    void aParticipantProposesAndAnOrganiserAccepts() throws Exception {
        Api.Person speaker = Api.participantIn(db, EDITION, "PENDING", "Amina Diallo");
        Api.Person proposer = Api.participantIn(db, EDITION, "CONFIRMED", "Lucas Ferreira");
        String id = as(participant(proposer.subject())).body(session("Rural broadband", "HYBRID", 80, List.of(speaker.id())))
                .post(PROPOSALS).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/editions/" + EDITION + "/proposals/"))
                .body("status", equalTo("SUBMITTED")).body("format", equalTo("THEMATIC_WORKSHOP"))
                .body("actionLines", equalTo(List.of("C2", "C7_E_HEALTH"))).body("sdgs", equalTo(List.of(3, 9)))
                .body("mode", equalTo("HYBRID")).body("durationMinutes", equalTo(60))
                .body("expectedAudience", equalTo(80))
                .body("speakerParticipantIds", equalTo(List.of(speaker.id().toString())))
                .extract().path("id");

        // the proposer sees it, another participant does not, organisers see all
        as(participant(proposer.subject())).get(PROPOSALS + "/" + id).then().statusCode(200);
        as(participant("p-stranger")).get(PROPOSALS + "/" + id).then().statusCode(404).contentType(PROBLEM);
        as(participant("p-stranger")).get(PROPOSALS).then().statusCode(200).body("total", equalTo(0));
        as(participant(proposer.subject())).get(PROPOSALS).then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
        as(organiser()).get(PROPOSALS + "?status=SUBMITTED").then().statusCode(200).body("items.id", hasItem(id));
        anonymous().get(PROPOSALS).then().statusCode(401).contentType(PROBLEM);

        as(participant(proposer.subject())).body(Map.of("decision", "ACCEPT")).post(PROPOSALS + "/" + id + "/decision")
                .then().statusCode(403).contentType(PROBLEM);
        String sessionId = as(organiser()).body(Map.of("decision", "ACCEPT", "note", "Welcome"))
                .post(PROPOSALS + "/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("decisionNote", equalTo("Welcome"))
                .body("sessionId", notNullValue()).extract().path("sessionId");
        as(organiser()).get(base(EDITION) + "/sessions/" + sessionId).then().statusCode(200)
                .body("status", equalTo("UNSCHEDULED")).body("proposalId", equalTo(id))
                .body("title", equalTo("Rural broadband"))
                .body("speakers[0].displayName", equalTo("Amina Diallo"));
        // an unscheduled session is not public
        anonymous().get(base(EDITION) + "/sessions/" + sessionId).then().statusCode(404).contentType(PROBLEM);

        as(organiser()).body(Map.of("decision", "REJECT")).post(PROPOSALS + "/" + id + "/decision")
                .then().statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:wsis:problem:already-decided"));
        as(organiser()).body(Map.of("decision", "ACCEPT")).post(PROPOSALS + "/" + UUID.randomUUID() + "/decision")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void rejectionCreatesNoSession() throws Exception {
        Api.Person speaker = Api.participantIn(db, EDITION, "CONFIRMED", "Priya Raman");
        String id = as(participant("p-rejected")).body(session("Not this year", "VIRTUAL", 20, List.of(speaker.id())))
                .post(PROPOSALS).then().statusCode(201).extract().path("id");
        as(organiser()).body(Map.of("decision", "REJECT", "note", "Out of scope"))
                .post(PROPOSALS + "/" + id + "/decision").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("sessionId", nullValue());
        as(organiser()).body(Map.of("decision", "MAYBE")).post(PROPOSALS + "/" + id + "/decision")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void speakersMustBeRegisteredParticipantsOfTheEdition() throws Exception {
        Api.Person cancelled = Api.participantIn(db, EDITION, "CANCELLED", "Gone Away");
        Api.Person erased = Api.participantIn(db, EDITION, "ERASED", null);
        Api.Person otherEdition = Api.participantIn(db, TestEditions.next(), "CONFIRMED", "Elsewhere");
        Api.Person fine = Api.participantIn(db, EDITION, "WAITLISTED", "Waiting");
        for (UUID refused : List.of(cancelled.id(), erased.id(), otherEdition.id(), UUID.randomUUID())) {
            as(participant("p-speakers")).body(session("Speakers", "IN_PERSON", 20, List.of(fine.id(), refused)))
                    .post(PROPOSALS).then().statusCode(422).contentType(PROBLEM)
                    .body("type", equalTo("urn:wsis:problem:speaker-not-registered"))
                    .body("speakerParticipantIds", equalTo(List.of(refused.toString())));
            as(organiser()).body(session("Speakers", "IN_PERSON", 20, List.of(refused)))
                    .post(base(EDITION) + "/sessions").then().statusCode(422).contentType(PROBLEM);
        }
    }

    @Test
    void malformedProposalsAreRefused() {
        Map<String, Object> body = session("Bad", "IN_PERSON", 20, List.of());
        body.put("sdgs", List.of(0, 18));
        body.put("actionLines", List.of());
        body.put("durationMinutes", 5);
        as(participant("p-bad")).body(body).post(PROPOSALS).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("actionLines"))
                .body("violations.field", hasItem("sdgs[0]"))
                .body("violations.field", hasItem("durationMinutes"));
        Map<String, Object> wrongEnum = session("Bad", "TELEPATHIC", 20, List.of());
        as(participant("p-bad")).body(wrongEnum).post(PROPOSALS).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", everyItem(equalTo("mode")));
        as(organiser()).body(session("Organisers do not propose", "IN_PERSON", 20, List.of()))
                .post(PROPOSALS).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void organisersCreateSessionsDirectly() throws Exception {
        Api.Person speaker = Api.participantIn(db, EDITION, "CONFIRMED", "Kwame Mensah");
        as(organiser()).body(session("Opening", "HYBRID", 500, List.of(speaker.id())))
                .post(base(EDITION) + "/sessions").then().statusCode(201)
                .body("status", equalTo("UNSCHEDULED")).body("proposalId", nullValue())
                .body("speakers[0].participantId", equalTo(speaker.id().toString()));
        as(participant(speaker.subject())).body(session("Not mine to create", "HYBRID", 5, List.of()))
                .post(base(EDITION) + "/sessions").then().statusCode(403).contentType(PROBLEM);
    }
}

package org.wsis.prizes;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wsis.infra.testing.TestEditions;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.wsis.prizes.Api.anonymous;
import static org.wsis.prizes.Api.as;
import static org.wsis.prizes.Api.newSubject;
import static org.wsis.prizes.Api.organiser;
import static org.wsis.prizes.Api.participant;
import static org.wsis.prizes.Api.reviewer;

/** Categories, and a contest moved by organisers one phase at a time, with its history. */
@QuarkusTest
class ContestResourceTest {

    private static final int EDITION = TestEditions.next();
    private static final String CONTEST = "/editions/" + EDITION + "/contest";

    @Test
    void categoriesAreTheEighteenActionLines() {
        anonymous().get("/categories").then().statusCode(200)
                .body("total", equalTo(18))
                .body("items", hasSize(18))
                .body("items[0].number", equalTo(1)).body("items[0].code", equalTo("C1"))
                .body("items[9].number", equalTo(10)).body("items[9].code", equalTo("C7_E_HEALTH"))
                .body("items[9].title", equalTo("ICT applications: E-health"))
                .body("items[17].number", equalTo(18)).body("items[17].code", equalTo("C11"))
                .body("items[17].title", equalTo("International and regional cooperation"));
    }

    @Test
    void organisersOpenTheContestAndMoveItOneStepAtATime() {
        anonymous().get(CONTEST).then().statusCode(404).contentType(startsWith("application/problem+json"));
        // only organisers open it, with a valid setting
        as(participant(newSubject())).body(Map.of("championsPerCategory", 5)).put(CONTEST).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        anonymous().body(Map.of("championsPerCategory", 5)).put(CONTEST).then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        as(organiser()).body(Map.of("championsPerCategory", 0)).put(CONTEST).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations[0].field", equalTo("championsPerCategory"));
        // moving a contest that does not exist
        as(organiser()).body(Map.of("phase", "REVIEW")).post(CONTEST + "/phase").then().statusCode(409)
                .body("type", equalTo("urn:wsis:problem:contest-not-open"));

        as(organiser()).body(Map.of("championsPerCategory", 3)).put(CONTEST).then().statusCode(201)
                .header("Location", startsWith("http")).header("Location", org.hamcrest.Matchers.endsWith(CONTEST))
                .body("phase", equalTo("SUBMISSION")).body("nextPhase", equalTo("REVIEW"))
                .body("championsPerCategory", equalTo(3));
        // still in SUBMISSION: the setting can change
        as(organiser()).body(Map.of("championsPerCategory", 5)).put(CONTEST).then().statusCode(200)
                .body("championsPerCategory", equalTo(5));

        // skipping or repeating a phase is refused
        as(organiser()).body(Map.of("phase", "VOTING")).post(CONTEST + "/phase").then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:wsis:problem:phase-out-of-order")).body("phase", equalTo("SUBMISSION"));
        as(organiser()).body(Map.of("phase", "SUBMISSION")).post(CONTEST + "/phase").then().statusCode(409);
        as(organiser()).body(Map.of("phase", "LATER")).post(CONTEST + "/phase").then().statusCode(400);
        as(reviewer()).body(Map.of("phase", "REVIEW")).post(CONTEST + "/phase").then().statusCode(403);

        for (String phase : new String[]{"REVIEW", "VOTING", "EVALUATION", "CLOSED"}) {
            as(organiser()).body(Map.of("phase", phase)).post(CONTEST + "/phase").then().statusCode(200)
                    .body("phase", equalTo(phase));
        }
        as(organiser()).body(Map.of("phase", "SUBMISSION")).post(CONTEST + "/phase").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("ends there"));
        // once past SUBMISSION the settings are fixed
        as(organiser()).body(Map.of("championsPerCategory", 2)).put(CONTEST).then().statusCode(409)
                .body("type", equalTo("urn:wsis:problem:wrong-phase"));

        // the history says when, and organisers see who
        anonymous().get(CONTEST).then().statusCode(200)
                .body("phase", equalTo("CLOSED")).body("nextPhase", nullValue())
                .body("history.phase", contains("SUBMISSION", "REVIEW", "VOTING", "EVALUATION", "CLOSED"))
                .body("history[0].changedAt", notNullValue())
                .body("history[0].changedBy", nullValue());
        as(organiser()).get(CONTEST).then().statusCode(200).body("history[4].changedBy", equalTo("organiser-1"));
        org.assertj.core.api.Assertions.assertThat(Db.column(
                "SELECT phase || ' by ' || changed_by FROM contest_phase_change WHERE edition = " + EDITION + " ORDER BY id"))
                .containsExactly("SUBMISSION by organiser-1", "REVIEW by organiser-1", "VOTING by organiser-1",
                        "EVALUATION by organiser-1", "CLOSED by organiser-1");
    }
}

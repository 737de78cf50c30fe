package org.wsis.web.prizes;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wsis.web.ServiceStubs;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.wsis.web.ServiceStubs.onPrizes;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PrizesPageTest {

    static final List<String> CODES = List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7_E_GOVERNMENT", "C7_E_BUSINESS",
            "C7_E_LEARNING", "C7_E_HEALTH", "C7_E_EMPLOYMENT", "C7_E_ENVIRONMENT", "C7_E_AGRICULTURE", "C7_E_SCIENCE",
            "C8", "C9", "C10", "C11");
    static final String CATEGORIES = "{\"items\":[" + IntStream.range(0, CODES.size())
            .mapToObj(i -> "{\"number\":" + (i + 1) + ",\"code\":\"" + CODES.get(i) + "\",\"title\":\"Title " + (i + 1) + "\"}")
            .collect(Collectors.joining(",")) + "],\"page\":0,\"size\":18,\"total\":18}";
    static final String SCHOOLS = "7d1e0c55-1111-4a2b-9c3d-000000000001";
    static final String LIBRARY = "7d1e0c55-1111-4a2b-9c3d-000000000002";
    static final String NOMINATIONS = """
            {"items":[
             {"id":"%s","edition":2026,"category":"C3","categoryNumber":3,"title":"Schools online",
              "organisation":"Ministry of Education","country":"KE","stakeholderGroup":"GOVERNMENT",
              "description":"Every rural school connected.","projectUrl":"https://schools.example.org/project",
              "sdgs":[4,9],"status":"NOMINATED"},
             {"id":"%s","edition":2026,"category":"C3","categoryNumber":3,"title":"Open library",
              "organisation":"Friends of Books","country":"FR","stakeholderGroup":"CIVIL_SOCIETY",
              "description":"Books for all.","projectUrl":"javascript:alert(1)","sdgs":[4],"status":"NOMINATED"}],
             "page":0,"size":50,"total":2}
            """.formatted(SCHOOLS, LIBRARY);

    @OidcWireMock
    WireMockServer services;

    ServiceStubs stubs;

    @BeforeEach
    void stubs() {
        stubs = new ServiceStubs(services);
        stubs.stub(get(onPrizes("/categories")).willReturn(okJson(CATEGORIES)));
        stubs.stub(get(onPrizes("/editions/2026/nominations")).willReturn(okJson(NOMINATIONS)));
    }

    @AfterEach
    void removeStubs() {
        stubs.removeAll();
    }

    void phase(String phase) {
        stubs.stub(get(onPrizes("/editions/2026/contest")).willReturn(okJson(
                "{\"edition\":2026,\"phase\":\"" + phase + "\",\"championsPerCategory\":5,"
                        + "\"openedAt\":\"2026-01-10T09:00:00Z\",\"updatedAt\":\"2026-03-01T09:00:00Z\",\"history\":[]}")));
    }

    @Test
    void theContestShowsItsPhaseAndTheEighteenCategories() {
        phase("VOTING");

        var page = given().get("/prizes").then().statusCode(200)
                .body(containsString("<h1>WSIS Prizes 2026</h1>"),
                        containsString("<strong>Public voting</strong>"),
                        containsString("<a href=\"/prizes/categories/C1\">C1 The role of governments and all stakeholders</a>"),
                        containsString("<a href=\"/prizes/categories/C11\">"),
                        not(containsString("href=\"/prizes/results\"")))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(page.split("href=\"/prizes/categories/", -1)).hasSize(19);
    }

    @Test
    void aClosedContestLinksToTheResults() {
        phase("CLOSED");

        given().get("/prizes").then().statusCode(200)
                .body(containsString("href=\"/prizes/results\""), containsString("Closed: results published"));
    }

    @Test
    void noContestYetIsSaidInWords() {
        stubs.stub(get(onPrizes("/editions/2026/contest")).willReturn(ServiceStubs.problem(404, "No contest for 2026")));

        given().get("/prizes").then().statusCode(200)
                .body(containsString("There is no contest for the WSIS Prizes yet."),
                        containsString("href=\"/prizes/categories/C5\""));
        given().get("/prizes/categories/C3").then().statusCode(200)
                .body(containsString("There is no contest for the WSIS Prizes yet."), not(containsString("Schools online")));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void whileVotingAParticipantGetsAVoteLinkPerProject() {
        phase("VOTING");

        given().get("/prizes/categories/C3").then().statusCode(200)
                .body(containsString("<h1>Category C3 Access to information and knowledge</h1>"),
                        containsString("<h2 id=\"n-" + SCHOOLS + "\">Schools online</h2>"),
                        containsString("Ministry of Education"),
                        containsString("Kenya"),
                        containsString("Every rural school connected."),
                        containsString("<a href=\"https://schools.example.org/project\" rel=\"noopener\" class=\"url\">https://schools.example.org/project</a>"),
                        containsString("SDG 9"),
                        containsString("<a class=\"button vote-link\" href=\"/vote/" + SCHOOLS + "\" data-nomination-id=\"" + SCHOOLS + "\""),
                        containsString("data-nomination-id=\"" + LIBRARY + "\""),
                        containsString(">Vote for this project</a>"),
                        // only web addresses become links
                        not(containsString("href=\"javascript:")),
                        not(containsString("Sign in to vote")));

        services.verify(getRequestedFor(onPrizes("/editions/2026/nominations"))
                .withQueryParam("category", equalTo("C3")).withQueryParam("status", equalTo("NOMINATED")));
    }

    @Test
    void whileVotingAnAnonymousVisitorIsAskedToSignIn() {
        phase("VOTING");

        given().get("/prizes/categories/C3").then().statusCode(200)
                .body(containsString("<a class=\"button\" href=\"/sign-in?next=%2Fprizes%2Fcategories%2FC3\" id=\"sign-in-to-vote\">Sign in to vote</a>"),
                        containsString("Schools online"),
                        not(containsString("vote-link")));
    }

    @Test
    @TestSecurity(user = "o-1", roles = "organiser")
    void whileVotingAnotherRoleIsToldOnlyParticipantsVote() {
        phase("VOTING");

        given().get("/prizes/categories/C3").then().statusCode(200)
                .body(containsString("Only participants of the Forum can vote."), not(containsString("vote-link")));
    }

    @Test
    @TestSecurity(user = "p-1", roles = "participant")
    void afterVotingTheProjectsStayButNoVoteLink() {
        phase("EVALUATION");

        given().get("/prizes/categories/C3").then().statusCode(200)
                .body(containsString("Schools online"), containsString("Voting is not open."), not(containsString("vote-link")));
    }

    @Test
    void beforeVotingTheProjectsAreNotShownYet() {
        phase("REVIEW");

        given().get("/prizes/categories/C3").then().statusCode(200)
                .body(containsString("The nominated projects are shown here when public voting opens."),
                        not(containsString("Schools online")));
    }

    @Test
    void anUnknownCategoryIsNotFound() {
        phase("VOTING");

        given().get("/prizes/categories/C99").then().statusCode(404)
                .body(containsString("We could not find this category"));
        given().get("/prizes/categories/%3Cb%3E").then().statusCode(404).body(not(containsString("<b>")));
    }

    @Test
    void theResultsShowEachCategorysWinnerAndChampions() {
        stubs.stub(get(onPrizes("/editions/2026/results")).willReturn(okJson("""
                {"edition":2026,"categories":[
                 {"category":"C3","categoryNumber":3,"title":"Access to information and knowledge",
                  "winner":{"nominationId":"%s","title":"Schools online","organisation":"Ministry of Education","country":"KE","votes":120,"rank":1},
                  "champions":[
                   {"nominationId":"%s","title":"Schools online","organisation":"Ministry of Education","country":"KE","projectUrl":"https://schools.example.org/project","votes":120,"rank":1},
                   {"nominationId":"%s","title":"Open library","organisation":"Friends of Books","country":"FR","votes":80,"rank":2}]}]}
                """.formatted(SCHOOLS, SCHOOLS, LIBRARY))));

        given().get("/prizes/results").then().statusCode(200)
                .body(containsString("<h1>Results of the WSIS Prizes 2026</h1>"),
                        containsString("<h2 id=\"r-C3\">C3 Access to information and knowledge</h2>"),
                        containsString("Winner: Schools online"),
                        containsString("<th scope=\"col\">Votes</th>"),
                        containsString("<td>120</td>"),
                        containsString("Open library"),
                        containsString("<td>80</td>"),
                        containsString("class=\"table-wrap\""));
    }

    @Test
    void beforeTheContestClosesTheResultsAreNotPublished() {
        stubs.stub(get(onPrizes("/editions/2026/results")).willReturn(ServiceStubs.problem(409, "Results are public once CLOSED")));

        given().get("/prizes/results").then().statusCode(200)
                .body(containsString("The results are published when the contest closes."));
    }

    @Test
    void speaksFrench() {
        phase("VOTING");

        given().header("Accept-Language", "fr").get("/prizes").then().statusCode(200)
                .body(containsString("<h1>Prix du SMSI 2026</h1>"), containsString("<strong>Vote public</strong>"),
                        containsString("Les 18 catégories"));
        given().cookie("lang", "fr").get("/prizes/categories/C3").then().statusCode(200)
                .body(containsString("Se connecter pour voter"), containsString("ODD 9"));
    }
}

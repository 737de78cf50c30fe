package org.wsis.deploy.demo;

import org.wsis.deploy.Service;
import org.wsis.deploy.fixture.ContestEdition;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens the WSIS Prizes contest of the demo edition with projects in several categories, has the
 * demo reviewer nominate them and moves the contest to VOTING, so that a confirmed participant can
 * vote at once. Each step starts from the phase the contest is in, so a repeated {@code up --demo}
 * carries on (or does nothing) instead of failing.
 */
public final class PrizesDemo implements DemoLoader {

    static final int CHAMPIONS_PER_CATEGORY = 5;

    /** One sample project, submitted by one of the registration demo's participants. */
    record Project(String proposer, String category, String title, String organisation, String country,
                   String stakeholderGroup, String opening, List<Integer> sdgs) {
    }

    static final List<Project> PROJECTS = List.of(
            new Project("demo-participant-1", "C7_E_HEALTH", "Telemedicine for rural clinics",
                    "Ministry of ICT and Digital Economy", "KE", "GOVERNMENT",
                    "Telemedicine for rural clinics links nurses in remote health posts with specialists in county hospitals through low-bandwidth video and shared patient records.",
                    List.of(3, 9)),
            new Project("demo-participant-2", "C3", "Community libraries online",
                    "Rede Inclusão Digital", "BR", "CIVIL_SOCIETY",
                    "Community libraries online turns neighbourhood reading rooms into digital access points where residents borrow laptops, search public archives and learn to use online services.",
                    List.of(4, 10)),
            new Project("demo-participant-3", "C4", "Open courseware for engineers",
                    "Institute of Technology Chennai", "IN", "ACADEMIA",
                    "Open courseware for engineers publishes complete university engineering courses with lectures, exercises and virtual laboratories in six Indian languages for anyone to study.",
                    List.of(4, 9)),
            new Project("demo-participant-5", "C2", "Regional Internet exchange alliance",
                    "West Africa Internet Exchange", "GH", "TECHNICAL_COMMUNITY",
                    "Regional Internet exchange alliance connects national exchange points across West Africa so that local traffic stays local, cheaper and faster for every network operator.",
                    List.of(9, 17)),
            new Project("demo-participant-8", "C7_E_AGRICULTURE", "Smart irrigation for smallholders",
                    "Nile Data Systems", "EG", "PRIVATE_SECTOR",
                    "Smart irrigation for smallholders gives farmers along the Nile soil moisture sensors and text message advice on when and how much to water their fields.",
                    List.of(2, 6, 13)),
            new Project("demo-participant-4", "C7_E_HEALTH", "Secure health data cloud",
                    "Alpine Cloud AG", "CH", "PRIVATE_SECTOR",
                    "Secure health data cloud hosts hospital records for public clinics in encrypted, locally governed data centres with open interfaces for approved research.",
                    List.of(3, 16)));

    @Override
    public String service() {
        return Service.PRIZES.module();
    }

    @Override
    public String load(DemoContext context) throws DemoException, IOException, InterruptedException {
        String organiser = context.token(DemoUser.ORGANISER);
        String reviewer = context.token(DemoUser.REVIEWER);
        String phase = openContest(context, organiser);
        int submitted = 0;
        if ("SUBMISSION".equals(phase)) {
            submitted = submitProjects(context);
            phase = advance(context, organiser, "REVIEW");
        }
        if ("REVIEW".equals(phase)) {
            nominateAll(context, reviewer);
            phase = advance(context, organiser, "VOTING");
        }
        ApiClient.Response nominated = context.api().expect("GET",
                url(context, "/nominations?status=NOMINATED&size=200"), reviewer, null, 200);
        return "edition " + DemoContext.EDITION + " contest in " + phase + "; " + nominated.body().path("total").asInt()
                + " nominated projects (" + submitted + " submitted now)"
                + ("VOTING".equals(phase) ? "; confirmed participants can vote" : "");
    }

    /** Opens the contest unless an earlier run did; answers its phase. */
    private String openContest(DemoContext context, String organiser)
            throws DemoException, IOException, InterruptedException {
        ApiClient.Response contest = context.api().expect("GET", url(context, "/contest"), organiser, null, 200, 404);
        if (contest.status() == 200) {
            return contest.text("phase");
        }
        return context.api().expect("PUT", url(context, "/contest"), organiser,
                Map.of("championsPerCategory", CHAMPIONS_PER_CATEGORY), 200, 201).text("phase");
    }

    /** Submits every project; 409 means an earlier run already submitted it. */
    private int submitProjects(DemoContext context) throws DemoException, IOException, InterruptedException {
        int created = 0;
        for (Project project : PROJECTS) {
            String token = context.participantToken(project.proposer(), project.proposer(),
                    project.proposer() + "@example.org");
            ApiClient.Response answer = context.api().expect("POST", url(context, "/nominations"), token,
                    nomination(project), 201, 409);
            created += answer.status() == 201 ? 1 : 0;
        }
        return created;
    }

    /** The demo reviewer nominates every project still SUBMITTED. */
    private void nominateAll(DemoContext context, String reviewer)
            throws DemoException, IOException, InterruptedException {
        ApiClient.Response submitted = context.api().expect("GET",
                url(context, "/nominations?status=SUBMITTED&size=200"), reviewer, null, 200);
        for (var item : submitted.body().path("items")) {
            context.api().expect("POST", url(context, "/nominations/" + item.path("id").asText() + "/review"),
                    reviewer, Map.of("decision", "NOMINATE", "reason", "Demo: clear impact and well documented"),
                    200, 409);
        }
    }

    private String advance(DemoContext context, String organiser, String phase)
            throws DemoException, IOException, InterruptedException {
        return context.api().expect("POST", url(context, "/contest/phase"), organiser, Map.of("phase", phase), 200)
                .text("phase");
    }

    static Map<String, Object> nomination(Project project) throws DemoException {
        String description = project.opening() + " " + ContestEdition.DESCRIPTION;
        int words = description.strip().split("\\s+").length;
        if (words < 150 || words > 200) {
            throw new DemoException("demo description of " + project.title() + " has " + words + " words");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", project.title());
        body.put("category", project.category());
        body.put("organisation", project.organisation());
        body.put("country", project.country());
        body.put("stakeholderGroup", project.stakeholderGroup());
        body.put("description", description);
        body.put("projectUrl", "https://projects.example.org/" + project.title().toLowerCase().replace(' ', '-'));
        body.put("sdgs", project.sdgs());
        return body;
    }

    private static URI url(DemoContext context, String suffix) {
        return context.url(Service.PRIZES, "/editions/" + DemoContext.EDITION + suffix);
    }
}

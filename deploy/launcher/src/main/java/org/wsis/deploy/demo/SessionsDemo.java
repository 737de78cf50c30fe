package org.wsis.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.wsis.deploy.Service;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets up the Forum week in Geneva: the venue, a few rooms, sessions (some proposed by participants
 * and accepted, some created by the organiser), a timetable and a published agenda, plus one
 * proposal left SUBMITTED for review. Speakers are the registration demo's CONFIRMED participants;
 * sessions-service learns of them through wsis.participants, so calls that name them are retried
 * until its read model has caught up. Sessions are found again by title on a second run.
 */
public final class SessionsDemo implements DemoLoader {

    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(60);

    record DemoRoom(String name, int capacity, boolean hybrid) {
    }

    /** {@code speakers} index the CONFIRMED demo participants; a null room means no slot (or VIRTUAL). */
    record DemoSession(String title, String format, List<String> actionLines, List<Integer> sdgs, String mode,
                       int audience, List<Integer> speakers, boolean proposed, String room, String day,
                       String start, String end) {
    }

    static final List<DemoRoom> ROOMS = List.of(
            new DemoRoom("Popov Room", 300, true),
            new DemoRoom("Room C1", 120, true),
            new DemoRoom("Room H2", 60, false));

    static final List<DemoSession> SESSIONS = List.of(
            new DemoSession("Opening: digital cooperation after WSIS+20", "HIGH_LEVEL_POLICY_SESSION",
                    List.of("C1", "C11"), List.of(9, 17), "HYBRID", 280, List.of(0, 1), false,
                    "Popov Room", "2026-07-06", "09:30", "11:00"),
            new DemoSession("Closing the connectivity gap in rural areas", "THEMATIC_WORKSHOP",
                    List.of("C2", "C7_E_AGRICULTURE"), List.of(2, 9), "HYBRID", 90, List.of(2, 3), true,
                    "Room C1", "2026-07-06", "11:30", "12:30"),
            new DemoSession("Cybersecurity capacity for small states", "ACTION_LINE_FACILITATION_MEETING",
                    List.of("C5"), List.of(16), "IN_PERSON", 50, List.of(1), true,
                    "Room H2", "2026-07-07", "10:00", "11:30"),
            new DemoSession("Open data for e-health", "KNOWLEDGE_CAFE",
                    List.of("C7_E_HEALTH", "C3"), List.of(3), "VIRTUAL", 200, List.of(3, 4), true,
                    null, "2026-07-07", "14:00", "15:00"),
            new DemoSession("Hackathon: accessible public services", "HACKATHON",
                    List.of("C7_E_GOVERNMENT"), List.of(10, 16), "IN_PERSON", 40, List.of(0), false,
                    null, null, null, null));

    static final DemoSession FOR_REVIEW = new DemoSession("Local content in indigenous languages", "THEMATIC_WORKSHOP",
            List.of("C8"), List.of(4, 10), "HYBRID", 60, List.of(2), true, null, null, null, null);

    @Override
    public String service() {
        return Service.SESSIONS.module();
    }

    @Override
    public String load(DemoContext context) throws DemoException, IOException, InterruptedException {
        String organiser = context.token(DemoUser.ORGANISER);
        List<DemoParticipant> speakers = context.participants().stream()
                .filter(p -> "CONFIRMED".equals(p.status())).toList();
        if (speakers.isEmpty()) {
            throw new DemoException("sessions demo needs CONFIRMED participants from the registration demo");
        }
        context.api().expect("PUT", url(context, "/venue"), organiser, Map.of("startDate", "2026-07-06",
                "endDate", "2026-07-10", "timeZone", "Europe/Zurich", "dailyStart", "09:00", "dailyEnd", "18:00"), 200);
        Map<String, String> rooms = rooms(context, organiser);
        Map<String, JsonNode> existing = sessionsByTitle(context, organiser);

        int created = 0;
        int scheduled = 0;
        for (DemoSession spec : SESSIONS) {
            JsonNode session = existing.get(spec.title());
            String id;
            if (session == null) {
                id = create(context, organiser, spec, speakers);
                created++;
            } else {
                id = session.path("id").asText();
            }
            boolean unscheduled = session == null || "UNSCHEDULED".equals(session.path("status").asText());
            if (spec.day() != null && unscheduled) {
                Map<String, Object> slot = new LinkedHashMap<>();
                if (spec.room() != null) {
                    slot.put("roomId", rooms.get(spec.room()));
                }
                slot.put("start", spec.day() + "T" + spec.start() + ":00+02:00");
                slot.put("end", spec.day() + "T" + spec.end() + ":00+02:00");
                untilReadModelKnows(context, "PUT", url(context, "/sessions/" + id + "/slot"), organiser, slot, 200);
                scheduled++;
            }
        }
        if (!existing.containsKey(FOR_REVIEW.title()) && !proposalExists(context, organiser, FOR_REVIEW.title())) {
            DemoParticipant proposer = speakers.get(0);
            untilReadModelKnows(context, "POST", url(context, "/proposals"), proposer.token(),
                    body(FOR_REVIEW, speakers), 201);
        }
        boolean published = context.api().send("GET", url(context, "/agenda"), organiser, null).status() == 200;
        int version;
        if (!published || created + scheduled > 0) {
            version = context.api().expect("POST", url(context, "/agenda/releases"), organiser, null, 201)
                    .body().path("version").asInt();
        } else {
            version = context.api().expect("GET", url(context, "/agenda"), organiser, null, 200)
                    .body().path("version").asInt();
        }
        return "venue Geneva 6-10 July 2026, " + rooms.size() + " rooms, " + SESSIONS.size() + " sessions ("
                + created + " new, " + scheduled + " scheduled now), agenda version " + version
                + ", 1 proposal awaiting review";
    }

    private Map<String, String> rooms(DemoContext context, String organiser)
            throws DemoException, IOException, InterruptedException {
        for (DemoRoom room : ROOMS) {
            context.api().expect("POST", url(context, "/rooms"), organiser,
                    Map.of("name", room.name(), "capacity", room.capacity(), "hybrid", room.hybrid()), 201, 409);
        }
        Map<String, String> ids = new HashMap<>();
        for (JsonNode room : context.api().expect("GET", url(context, "/rooms"), organiser, null, 200).body()) {
            ids.put(room.path("name").asText(), room.path("id").asText());
        }
        return ids;
    }

    private Map<String, JsonNode> sessionsByTitle(DemoContext context, String organiser)
            throws DemoException, IOException, InterruptedException {
        Map<String, JsonNode> byTitle = new HashMap<>();
        JsonNode page = context.api().expect("GET", url(context, "/sessions?size=200"), organiser, null, 200).body();
        for (JsonNode session : page.path("items")) {
            if (!"CANCELLED".equals(session.path("status").asText())) {
                byTitle.put(session.path("title").asText(), session);
            }
        }
        return byTitle;
    }

    private boolean proposalExists(DemoContext context, String organiser, String title)
            throws DemoException, IOException, InterruptedException {
        JsonNode page = context.api().expect("GET", url(context, "/proposals?size=200"), organiser, null, 200).body();
        for (JsonNode proposal : page.path("items")) {
            if (title.equals(proposal.path("title").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Proposed by its first speaker and accepted, or created by the organiser directly; answers the session id. */
    private String create(DemoContext context, String organiser, DemoSession spec, List<DemoParticipant> speakers)
            throws DemoException, IOException, InterruptedException {
        Map<String, Object> body = body(spec, speakers);
        if (!spec.proposed()) {
            return untilReadModelKnows(context, "POST", url(context, "/sessions"), organiser, body, 201).text("id");
        }
        DemoParticipant proposer = speakers.get(spec.speakers().get(0) % speakers.size());
        String proposal = untilReadModelKnows(context, "POST", url(context, "/proposals"), proposer.token(), body, 201)
                .text("id");
        return context.api().expect("POST", url(context, "/proposals/" + proposal + "/decision"), organiser,
                Map.of("decision", "ACCEPT", "note", "Accepted for the demo programme"), 200).text("sessionId");
    }

    private static Map<String, Object> body(DemoSession spec, List<DemoParticipant> speakers) {
        List<String> ids = new ArrayList<>();
        for (int index : spec.speakers()) {
            String id = speakers.get(index % speakers.size()).registrationId();
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", spec.title());
        body.put("summary", "Demo session: " + spec.title() + ".");
        body.put("format", spec.format());
        body.put("actionLines", spec.actionLines());
        body.put("sdgs", spec.sdgs());
        body.put("mode", spec.mode());
        body.put("durationMinutes", 60);
        body.put("speakerParticipantIds", ids);
        body.put("expectedAudience", spec.audience());
        return body;
    }

    /**
     * The speakers reach sessions-service through Kafka shortly after registration: a 422 about a
     * speaker means "not known yet" during the first seconds, so the call is repeated for a while.
     */
    private ApiClient.Response untilReadModelKnows(DemoContext context, String method, URI uri, String token,
                                                   Object body, int expected)
            throws DemoException, IOException, InterruptedException {
        Instant deadline = Instant.now().plus(READ_MODEL_WAIT);
        while (true) {
            ApiClient.Response response = context.api().send(method, uri, token, body);
            if (response.status() == expected) {
                return response;
            }
            String type = String.valueOf(response.text("type"));
            boolean waitingForSpeakers = response.status() == 422 && type.contains("speaker-not-");
            if (!waitingForSpeakers || Instant.now().isAfter(deadline)) {
                throw new DemoException(method + " " + uri + " answered " + response.status() + ": " + response.problem());
            }
            Thread.sleep(500);
        }
    }

    private static URI url(DemoContext context, String suffix) {
        return context.url(Service.SESSIONS, "/editions/" + DemoContext.EDITION + suffix);
    }
}

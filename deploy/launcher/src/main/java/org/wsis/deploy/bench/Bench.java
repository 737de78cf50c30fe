package org.wsis.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.wsis.deploy.Readiness;
import org.wsis.deploy.Service;
import org.wsis.deploy.StackConfig;
import org.wsis.deploy.StackState;
import org.wsis.deploy.StateFile;
import org.wsis.infra.JwtMinter;
import org.wsis.infra.PostgresServer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * {@code deploy/wsis bench}: drives the running stack over HTTP with real signed tokens, at a
 * constant arrival rate (open model: latency counts from when a request was due, so a slow server
 * cannot hide its queue), in a fresh edition, and prints per scenario a table and a JSON summary.
 */
public final class Bench {

    /** What the command line may change. */
    public record Options(int votesPerSecond, int seconds, int registrationsPerSecond, int concurrency) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> CATEGORIES = List.of("C1", "C2", "C3", "C4", "C5", "C6", "C7_E_GOVERNMENT",
            "C7_E_BUSINESS", "C7_E_LEARNING", "C7_E_HEALTH", "C7_E_EMPLOYMENT", "C7_E_ENVIRONMENT",
            "C7_E_AGRICULTURE", "C7_E_SCIENCE", "C8", "C9", "C10", "C11");
    private static final String BODY = " The project started as a small pilot with local partners and grew step by "
            + "step after each round of feedback from the people who use it every day. It is built on open standards "
            + "and open source software, so that other organisations and countries can adopt and adapt it without "
            + "licence fees. Training is part of every deployment: local facilitators learn to run the service "
            + "themselves and then teach others in their communities. The team measures reach, cost and satisfaction "
            + "every quarter and publishes the results, together with the lessons learned, on the project website. "
            + "Women, young people and persons with disabilities were involved in the design from the first day, and "
            + "the service works on basic phones as well as on computers. The next phase will extend the work to "
            + "neighbouring regions, strengthen the partnership with public authorities and secure long-term funding.";

    private final StackConfig config;
    private final JwtMinter minter;
    private final Options options;
    private final PrintStream out;
    private final HttpClient http;
    private final ExecutorService callbacks = Executors.newFixedThreadPool(4);
    private final int edition;
    private final String organiser;
    private final String reviewer;
    private final Map<String, Object> summary = new LinkedHashMap<>();

    public Bench(StackConfig config, JwtMinter minter, Options options, PrintStream out) {
        this.config = config;
        this.minter = minter;
        this.options = options;
        this.out = out;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(callbacks).build();
        this.edition = 2500 + (int) (Instant.now().getEpochSecond() / 60 % 490);
        this.organiser = minter.mint("bench-organiser", List.of("organiser"), "Bench Organiser", null);
        this.reviewer = minter.mint("bench-reviewer", List.of("reviewer"), "Bench Reviewer", null);
    }

    public int run() throws Exception {
        for (Service service : Service.values()) {
            if (!new Readiness().check(config.port(service)).ready()) {
                out.println("wsis bench: " + service.module() + " is not ready; start the stack with deploy/wsis up");
                return 1;
            }
        }
        out.printf("Benchmark in edition %d: %d votes/s for %d s, %d registrations/s, concurrency %d%n",
                edition, options.votesPerSecond(), options.seconds(), options.registrationsPerSecond(),
                options.concurrency());
        summary.put("edition", edition);
        summary.put("startedAt", Instant.now().toString());
        summary.put("options", options);
        try {
            setUp();
            warmUp();
            List<String> voters = registrations();
            votes(voters);
            agenda();
            ceiling();
            memory();
        } finally {
            callbacks.shutdownNow();
        }
        Path file = config.home().resolve("bench").resolve("summary.json");
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), summary);
        out.println();
        out.println(JSON.writeValueAsString(summary));
        out.println("Summary written to " + file);
        return 0;
    }

    // ---- scenarios ----

    private final Map<String, List<String>> nominations = new LinkedHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private long eligibleBefore;

    private void setUp() throws Exception {
        call("PUT", Service.REGISTRATION, "/registration-settings", organiser, Map.of("inPersonCapacity", 100,
                "opensAt", Instant.now().minus(Duration.ofDays(1)).toString(),
                "closesAt", Instant.now().plus(Duration.ofDays(30)).toString()));
        call("PUT", Service.PRIZES, "/contest", organiser, Map.of("championsPerCategory", 3));
        int n = 0;
        for (String category : CATEGORIES) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String proposer = "bench-proposer-" + (n++);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("title", "Bench project " + category + " " + i);
                body.put("category", category);
                body.put("organisation", "Bench organisation " + category + " " + i);
                body.put("country", "KE");
                body.put("stakeholderGroup", "CIVIL_SOCIETY");
                body.put("description", "Bench project " + category + " " + i + " connects rural schools." + BODY);
                body.put("projectUrl", "https://projects.example.org/bench/" + category + "/" + i);
                body.put("sdgs", List.of(4, 9));
                ids.add(call("POST", Service.PRIZES, "/nominations", token(proposer), body).path("id").asText());
            }
            nominations.put(category, ids);
        }
        call("POST", Service.PRIZES, "/contest/phase", organiser, Map.of("phase", "REVIEW"));
        for (List<String> ids : nominations.values()) {
            for (String id : ids) {
                call("POST", Service.PRIZES, "/nominations/" + id + "/review", reviewer,
                        Map.of("decision", "NOMINATE", "reason", "bench"));
            }
        }
        call("POST", Service.PRIZES, "/contest/phase", organiser, Map.of("phase", "VOTING"));
    }

    /**
     * The services' code paths compiled before anything is measured (on two cores the JIT of three
     * services takes most of a core for the first minute of load): 20 s of votes at half the rate,
     * and their voters' registrations, on separate accounts, not reported.
     */
    private void warmUp() throws Exception {
        int rate = Math.max(50, options.votesPerSecond() / 2);
        int voters = Math.max(100, rate * 20 / CATEGORIES.size());
        List<String> subjects = new ArrayList<>();
        Result registered = register("warm", voters, Math.max(20, options.registrationsPerSecond() / 2), subjects);
        awaitEligible(registered.ok.get());
        Result voted = vote(registered.acknowledged.stream().sorted().map(subjects::get).toList(),
                rate * 20, rate);
        out.printf("Warm-up (not measured): %d registrations, %d votes acknowledged%n", registered.ok.get(),
                voted.ok.get());
    }

    /** Government delegates register (accredited at once): latency, then confirmed-to-eligible/known hops. */
    private List<String> registrations() throws Exception {
        int voters = (int) Math.ceil((double) options.votesPerSecond() * options.seconds() / CATEGORIES.size()) + 1;
        List<String> ordered = new ArrayList<>();
        Result result = register("run", voters, options.registrationsPerSecond(), ordered);
        Set<String> subjects = Set.copyOf(ordered);
        Map<String, Object> scenario = result.describe("registrations");
        awaitEligible(result.ok.get());
        // participant.confirmed (its CloudEvents time) to the consumers' processed_event rows
        Map<String, Instant> confirmed = new HashMap<>();
        for (ConsumerRecord<String, String> record : topic("wsis.participants")) {
            JsonNode event = JSON.readTree(record.value());
            if (event.path("type").asText().equals("org.wsis.participant.confirmed.v1")
                    && subjects.contains(event.path("data").path("subject").asText())) {
                confirmed.put(event.path("id").asText(), Instant.parse(event.path("time").asText()));
            }
        }
        scenario.put("confirmToEligibleMs", hop("prizes", "prizes-service-participants", confirmed));
        scenario.put("confirmToKnownInSessionsMs", hop("sessions", "sessions-service.participants", confirmed));
        summary.put("registrations", scenario);
        print("registrations", scenario);
        return result.acknowledged.stream().sorted().map(ordered::get).toList();
    }

    /** {@code count} REMOTE government delegates ({@code subjects} receives their token subjects) at {@code rate}/s. */
    private Result register(String prefix, int count, int rate, List<String> subjects) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            subjects.add("bench-" + edition + "-" + prefix + "-" + i);
        }
        // signed before the clock starts: signing is the identity provider's work, not the stack's
        subjects.parallelStream().forEach(subject -> tokens.put(subject, token(subject)));
        return openLoad(count, rate, i -> {
            String subject = subjects.get(i);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("firstName", "Bench");
            body.put("lastName", subject);
            body.put("email", subject + "@example.org");
            body.put("organisation", "Ministry " + i);
            body.put("country", "CH");
            body.put("stakeholderGroup", "GOVERNMENT");
            body.put("attendance", "REMOTE");
            body.put("dataProcessingConsent", true);
            return request("POST", Service.REGISTRATION, "/registrations", tokens.get(subject), body);
        });
    }

    /** Until prizes-service and sessions-service know every confirmed participant of the edition (2 min at most). */
    private void awaitEligible(long registered) throws Exception {
        long expected = registered + eligibleBefore;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline) && (count("prizes", "SELECT count(*) FROM eligible_voter WHERE edition = "
                + edition) < expected || count("sessions", "SELECT count(*) FROM participant WHERE edition = " + edition
                + " AND status = 'CONFIRMED'") < expected)) {
            TimeUnit.MILLISECONDS.sleep(200); // pacing of a progress poll, bounded by the deadline
        }
        eligibleBefore = expected;
    }

    /** Up to {@code total} votes at {@code rate}/s, each voter once per category, in a shuffled order. */
    private Result vote(List<String> voters, int total, int rate) throws InterruptedException {
        List<String[]> slots = new ArrayList<>();
        for (String voter : voters) {
            for (String category : CATEGORIES) {
                slots.add(new String[] {voter, category});
            }
        }
        Collections.shuffle(slots, new java.util.Random(7));
        return openLoad(Math.min(total, slots.size()), rate, i -> {
            String[] slot = slots.get(i);
            List<String> candidates = nominations.get(slot[1]);
            String nomination = candidates.get(Math.floorMod(slot[0].hashCode(), candidates.size()));
            return request("POST", Service.PRIZES, "/votes", tokens.get(slot[0]), Map.of("nominationId", nomination));
        });
    }

    private void votes(List<String> voters) throws Exception {
        Instant from = Instant.now(); // the warm-up's votes are older
        CpuUsage cpu = new CpuUsage(new StateFile(config.stateFile()).read().orElseThrow());
        Map<String, Double> cpuBefore = cpu.sample();
        Result result = vote(voters, options.votesPerSecond() * options.seconds(), options.votesPerSecond());
        Map<String, Object> scenario = result.describe("votes");
        scenario.put("cpuMsPerVote", CpuUsage.perOperation(cpuBefore, cpu.sample(), result.ok.get()));
        List<Long> toKafka = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)
                && count("prizes", "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL") > 0) {
            TimeUnit.MILLISECONDS.sleep(200); // pacing of a progress poll, bounded by the deadline
        }
        for (ConsumerRecord<String, String> record : topic("wsis.prizes")) {
            JsonNode event = JSON.readTree(record.value());
            if (event.path("type").asText().equals("org.wsis.vote.cast.v1")
                    && event.path("edition").asText().equals(String.valueOf(edition))
                    && !Instant.parse(event.path("data").path("castAt").asText()).isBefore(from)) {
                toKafka.add(record.timestamp() - Instant.parse(event.path("data").path("castAt").asText()).toEpochMilli());
            }
        }
        scenario.put("voteCastOnKafka", toKafka.size());
        scenario.put("commitToKafkaMs", percentiles(toKafka));
        scenario.put("storedVotes", count("prizes", "SELECT count(*) FROM vote WHERE edition = " + edition
                + " AND cast_at >= '" + from + "'"));
        summary.put("votes", scenario);
        print("votes", scenario);
    }

    /** 300 published sessions, then agenda JSON and iCalendar reads by {@code concurrency} clients. */
    private void agenda() throws Exception {
        call("PUT", Service.SESSIONS, "/venue", organiser, Map.of("startDate", edition + "-07-06",
                "endDate", edition + "-07-10", "timeZone", "Europe/Zurich", "dailyStart", "09:00", "dailyEnd", "18:00"));
        LocalDate first = LocalDate.of(edition, 7, 6);
        for (int i = 0; i < 300; i++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", "Bench session " + i);
            body.put("summary", "A virtual session of the benchmark.");
            body.put("format", "THEMATIC_WORKSHOP");
            body.put("actionLines", List.of(CATEGORIES.get(i % 18)));
            body.put("sdgs", List.of(1 + i % 17));
            body.put("mode", "VIRTUAL");
            body.put("durationMinutes", 60);
            body.put("speakerParticipantIds", List.of());
            body.put("expectedAudience", 100);
            String id = call("POST", Service.SESSIONS, "/sessions", organiser, body).path("id").asText();
            LocalDate day = first.plusDays(i % 5);
            int hour = 9 + (i / 5) % 9;
            call("PUT", Service.SESSIONS, "/sessions/" + id + "/slot", organiser, Map.of(
                    "start", String.format("%sT%02d:00:00+02:00", day, hour),
                    "end", String.format("%sT%02d:00:00+02:00", day, hour + 1)));
        }
        call("POST", Service.SESSIONS, "/agenda/releases", organiser, null);
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("sessions", 300);
        scenario.put("agendaJson", closedLoad("/agenda", "application/json"));
        scenario.put("agendaIcs", closedLoad("/agenda.ics", "text/calendar"));
        summary.put("agenda", scenario);
        print("agenda reads", scenario);
    }

    /** Single-row durable inserts with a unique constraint, straight into the same PostgreSQL. */
    private void ceiling() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + config.postgresPort() + "/postgres";
        try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             var st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_ceiling");
            st.execute("CREATE TABLE bench_ceiling (id UUID PRIMARY KEY, voter VARCHAR(255) NOT NULL,"
                    + " category VARCHAR(30) NOT NULL, cast_at TIMESTAMPTZ NOT NULL, UNIQUE (voter, category))");
        }
        AtomicLong inserted = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + Duration.ofSeconds(options.seconds()).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int w = 0; w < options.concurrency(); w++) {
            int worker = w;
            workers.add(CompletableFuture.runAsync(() -> {
                try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
                     PreparedStatement insert = c.prepareStatement(
                             "INSERT INTO bench_ceiling (id, voter, category, cast_at) VALUES (?, ?, ?, now())")) {
                    long n = 0;
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, "w" + worker + "-" + (n++));
                        insert.setString(3, "C1");
                        insert.executeUpdate();
                        latencies.add((System.nanoTime() - start) / 1000);
                        inserted.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        pool.shutdown();
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("concurrency", options.concurrency());
        scenario.put("insertsPerSecond", Math.round(inserted.get() / (double) options.seconds()));
        List<Long> sorted = new ArrayList<>(latencies);
        scenario.put("latencyMs", percentilesMicros(sorted));
        try (Connection c = DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             var st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')");
            rs.next();
            scenario.put("fsync", rs.getString(1));
            scenario.put("synchronousCommit", rs.getString(2));
            st.execute("DROP TABLE bench_ceiling");
        }
        summary.put("ceiling", scenario);
        print("ceiling (plain PostgreSQL)", scenario);
    }

    private void memory() throws IOException {
        Map<String, Object> scenario = new LinkedHashMap<>();
        StackState state = new StateFile(config.stateFile()).read().orElseThrow();
        for (Service service : Service.values()) {
            long pid = state.component(service.module()).orElseThrow().process().pid();
            long kb = Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(-1);
            scenario.put(service.module() + "ResidentMb", kb / 1024);
        }
        summary.put("memory", scenario);
        print("resident memory at the end", scenario);
    }

    // ---- load machinery ----

    /** Outcome of an open-model run: answers by status, latencies from each request's due time. */
    private static final class Result {
        final AtomicLong ok = new AtomicLong();
        final ConcurrentLinkedQueue<Integer> acknowledged = new ConcurrentLinkedQueue<>();
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        final AtomicInteger errors = new AtomicInteger();
        final ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        double seconds;
        int target;
        int rate;

        Map<String, Object> describe(String name) {
            Map<String, Object> scenario = new LinkedHashMap<>();
            scenario.put("targetPerSecond", rate);
            scenario.put("requests", target);
            scenario.put("acknowledged", ok.get());
            scenario.put("achievedPerSecond", Math.round(ok.get() / seconds));
            scenario.put("errors", target - ok.get());
            Map<String, Integer> byStatus = new LinkedHashMap<>();
            statuses.forEach((status, count) -> byStatus.put(String.valueOf(status), count.get()));
            scenario.put("byStatus", byStatus);
            scenario.put("latencyMs", percentilesMicros(new ArrayList<>(micros)));
            if (statuses.containsKey(429)) {
                scenario.put("note", "429: rate limits are on; benchmark a stack started with"
                        + " WSIS_RATE_LIMIT_ENABLED=false deploy/wsis up");
            }
            return scenario;
        }
    }

    private Result openLoad(int count, int rate, IntFunction<HttpRequest> request) throws InterruptedException {
        Result result = new Result();
        result.target = count;
        result.rate = rate;
        List<CompletableFuture<?>> inFlight = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            int index = i;
            long due = start + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait); // the arrival schedule of the open model
            }
            inFlight.add(http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> {
                        result.micros.add((System.nanoTime() - due) / 1000);
                        if (failure != null) {
                            result.errors.incrementAndGet();
                            result.statuses.computeIfAbsent(-1, k -> new AtomicInteger()).incrementAndGet();
                        } else {
                            result.statuses.computeIfAbsent(response.statusCode(), k -> new AtomicInteger())
                                    .incrementAndGet();
                            if (response.statusCode() / 100 == 2) {
                                result.ok.incrementAndGet();
                                result.acknowledged.add(index);
                            }
                        }
                        return null;
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        result.seconds = (System.nanoTime() - start) / 1e9;
        return result;
    }

    private Map<String, Object> closedLoad(String path, String accept) throws Exception {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + Duration.ofSeconds(Math.max(3, options.seconds() / 2)).toNanos();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(url(Service.SESSIONS, path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).GET().build();
        for (int w = 0; w < options.concurrency(); w++) {
            workers.add(CompletableFuture.runAsync(() -> {
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == 200 ? done : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    latencies.add((System.nanoTime() - t) / 1000);
                }
            }, pool));
        }
        CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("requestsPerSecond", Math.round(done.get() / seconds));
        figures.put("errors", failed.get());
        figures.put("latencyMs", percentilesMicros(new ArrayList<>(latencies)));
        return figures;
    }

    // ---- helpers ----

    private String token(String subject) {
        return minter.mint(subject, List.of("participant"), subject, subject + "@example.org");
    }

    private URI url(Service service, String path) {
        return URI.create("http://127.0.0.1:" + config.port(service) + "/editions/" + edition + path);
    }

    private HttpRequest request(String method, Service service, String path, String token, Object body) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(url(service, path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            if (body == null) {
                return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
            }
            return builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode call(String method, Service service, String path, String token, Object body) throws Exception {
        HttpResponse<String> response = http.send(request(method, service, path, token, body),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
    }

    private long count(String database, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + config.postgresPort() + "/"
                + database, PostgresServer.USER, PostgresServer.PASSWORD);
             var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Milliseconds from each confirmation event's time to the consumer's processed_event row. */
    private Map<String, Object> hop(String database, String consumer, Map<String, Instant> confirmed) throws Exception {
        List<Long> millis = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + config.postgresPort() + "/"
                + database, PostgresServer.USER, PostgresServer.PASSWORD);
             PreparedStatement st = c.prepareStatement(
                     "SELECT event_id::text, processed_at FROM processed_event WHERE consumer = ?")) {
            st.setString(1, consumer);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Instant sent = confirmed.get(rs.getString(1));
                    if (sent != null) {
                        millis.add(Duration.between(sent, rs.getTimestamp(2).toInstant()).toMillis());
                    }
                }
            }
        }
        Map<String, Object> figures = percentiles(millis);
        figures.put("events", millis.size());
        return figures;
    }

    private List<ConsumerRecord<String, String>> topic(String topic) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + config.kafkaPort(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static Map<String, Object> percentiles(List<Long> millis) {
        Collections.sort(millis);
        Map<String, Object> figures = new LinkedHashMap<>();
        if (millis.isEmpty()) {
            return figures;
        }
        figures.put("p50", at(millis, 0.50));
        figures.put("p99", at(millis, 0.99));
        figures.put("p999", at(millis, 0.999));
        figures.put("max", millis.get(millis.size() - 1));
        return figures;
    }

    private static Map<String, Object> percentilesMicros(List<Long> micros) {
        Collections.sort(micros);
        Map<String, Object> figures = new LinkedHashMap<>();
        if (micros.isEmpty()) {
            return figures;
        }
        figures.put("p50", at(micros, 0.50) / 1000.0);
        figures.put("p99", at(micros, 0.99) / 1000.0);
        figures.put("p999", at(micros, 0.999) / 1000.0);
        figures.put("max", micros.get(micros.size() - 1) / 1000.0);
        return figures;
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)));
    }

    private void print(String title, Map<String, Object> figures) {
        out.println();
        out.println("== " + title);
        figures.forEach((key, value) -> out.printf("  %-28s %s%n", key, value));
    }
}

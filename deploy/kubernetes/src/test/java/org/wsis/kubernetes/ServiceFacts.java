package org.wsis.kubernetes;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the chart must agree with, read from each service's sources rather than restated: its HTTP port and
 * database (application.properties), its consumer groups (each handler's consumerName()). The topics follow
 * ARCHITECTURE.md's event catalogue and are checked against the sources that publish and consume them.
 */
record ServiceFacts(String name, int port, String database, String produces, Set<String> consumes,
                    Set<String> consumerGroups) {

    private static final Pattern CONSUMER_NAME = Pattern.compile("String consumerName\\(\\)\\s*\\{\\s*return\\s+\"([^\"]+)\"");
    private static final Pattern DATABASE = Pattern.compile("jdbc:postgresql://[^/]+/([a-z_]+)");

    static final List<ServiceFacts> ALL = List.of(
            read("registration-service", "wsis.participants", Set.of()),
            read("sessions-service", "wsis.sessions", Set.of("wsis.participants", "wsis.prizes")),
            read("prizes-service", "wsis.prizes", Set.of("wsis.participants")));

    static ServiceFacts named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
    }

    static Set<String> topics() {
        return Set.of("wsis.participants", "wsis.sessions", "wsis.prizes");
    }

    private static ServiceFacts read(String name, String produces, Set<String> consumes) {
        Path module = RenderedChart.ROOT.resolve(name);
        Properties properties = properties(module.resolve("src/main/resources/application.properties"));
        Matcher database = DATABASE.matcher(properties.getProperty("quarkus.datasource.jdbc.url"));
        if (!database.find()) {
            throw new IllegalStateException(name + ": no database in quarkus.datasource.jdbc.url");
        }
        String sources = sources(module.resolve("src/main/java"));
        requireMentioned(name, sources, produces, "publishes");
        consumes.forEach(topic -> requireMentioned(name, sources, topic, "consumes"));
        Set<String> groups = new TreeSet<>();
        CONSUMER_NAME.matcher(sources).results().forEach(m -> groups.add(m.group(1)));
        if (groups.size() != consumes.size()) {
            throw new IllegalStateException(name + " has consumers " + groups + ", the catalogue says it reads " + consumes);
        }
        return new ServiceFacts(name, Integer.parseInt(properties.getProperty("quarkus.http.port")), database.group(1),
                produces, consumes, groups);
    }

    /** wsis.participants is named once, in common (ParticipantEventTypes.TOPIC, ParticipantEventsHandler). */
    private static void requireMentioned(String service, String sources, String topic, String what) {
        boolean mentioned = sources.contains("\"" + topic + "\"")
                || topic.equals("wsis.participants") && (sources.contains("ParticipantEventTypes.TOPIC")
                || sources.contains("extends ParticipantEventsHandler"));
        if (!mentioned) {
            throw new IllegalStateException(service + " " + what + " " + topic + " says the catalogue, but its sources never name it");
        }
    }

    static Properties properties(Path file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String sources(Path directory) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                all.append(Files.readString(file)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all.toString();
    }
}

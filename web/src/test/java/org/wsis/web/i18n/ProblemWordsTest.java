package org.wsis.web.i18n;

import org.junit.jupiter.api.Test;
import org.wsis.web.clients.ServiceProblem;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal a service can answer has words in the pages' languages: the codes are read from the
 * services' sources ({@code Refusal.conflict("session-full", …)}), so a new refusal without words fails here
 * rather than showing a French visitor the service's English.
 */
class ProblemWordsTest {

    private static final Pattern REFUSAL = Pattern.compile("Refusal\\.(?:conflict|unprocessable)\\(\\s*\"([a-z-]+)\"");
    /** The generic refusals a form or page may show (the busy ones, 429 and 503, have their own words). */
    private static final List<String> GENERIC = List.of("validation", "not-found", "forbidden", "unauthorized",
            "payload-too-large");

    @Test
    void everyRefusalCodeOfTheServicesHasWordsInEnglishAndFrench() throws IOException {
        Set<String> codes = new TreeSet<>(GENERIC);
        for (String module : List.of("registration-service", "sessions-service", "prizes-service", "common")) {
            try (Stream<Path> sources = Files.walk(Path.of("..", module, "src", "main", "java"))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher refusal = REFUSAL.matcher(Files.readString(source));
                    while (refusal.find()) {
                        codes.add(refusal.group(1));
                    }
                }
            }
        }
        assertThat(codes).as("refusal codes found in the services").hasSizeGreaterThan(30).contains("session-full");
        for (String language : List.of("en", "fr")) {
            Properties labels = load(Path.of("src/main/resources/messages/labels_" + language + ".properties"));
            assertThat(codes).as("codes without words in " + language)
                    .allMatch(code -> labels.containsKey("problem." + code));
        }
    }

    @Test
    void aCodeWithoutWordsShowsTheServicesOwnDetail() {
        ServiceProblem known = new ServiceProblem(409, "session-full", "Conflict", "Every seat of session x is taken.",
                null, null, null);
        ServiceProblem unknown = new ServiceProblem(409, "some-new-rule", "Conflict", "A rule said no.", null, null, null);
        ServiceProblem ours = new ServiceProblem(400, "Bad Request", "Choose how you attend.", null, null, null);

        assertThat(Labels.problemIn(known, Locale.FRENCH)).isEqualTo("Toutes les places sur place de cette session sont prises.");
        assertThat(Labels.problemIn(known, Locale.ENGLISH)).isEqualTo("Every in-person seat of this session is taken.");
        assertThat(Labels.problemIn(unknown, Locale.FRENCH)).isEqualTo("A rule said no.");
        assertThat(Labels.problemIn(ours, Locale.FRENCH)).isEqualTo("Choose how you attend.");
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            properties.load(in);
        }
        return properties;
    }
}

package org.wsis.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dependencies inside a service run one way: {@code rest -> service -> repository}, consumers in
 * {@code events} call services, and nothing below {@code rest} knows HTTP shapes (the service's
 * {@code rest} package, common's {@code rest} package). Read from the sources, so a wrong import
 * fails the build with the file and the import named.
 */
class LayeringTest {

    private static final List<String> SERVICES = List.of("registration", "sessions", "prizes");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void nothingBelowRestImportsRestTypes() {
        assertThat(violations((service, layer, imported) -> !layer.equals("rest")
                && (imported.startsWith("org.wsis." + service + ".rest.") || imported.startsWith("org.wsis.common.rest."))))
                .isEmpty();
    }

    @Test
    void servicesAndRepositoriesDoNotCallTheConsumers() {
        assertThat(violations((service, layer, imported) -> !layer.equals("events") && !layer.equals("rest")
                && imported.startsWith("org.wsis." + service + ".events."))).isEmpty();
    }

    @Test
    void repositoriesAndEntitiesDoNotCallServices() {
        assertThat(violations((service, layer, imported) -> (layer.equals("repository") || layer.isEmpty())
                && imported.startsWith("org.wsis." + service + ".service."))).isEmpty();
    }

    @Test
    void theCheckSeesEveryLayerOfEveryService() {
        for (String service : SERVICES) {
            Path base = sources(service);
            for (String layer : List.of("rest", "service", "repository")) {
                assertThat(base.resolve(layer)).as(service + " " + layer).isDirectory();
            }
        }
    }

    private interface Rule {
        boolean forbids(String service, String layer, String imported);
    }

    private static List<String> violations(Rule rule) {
        List<String> found = new ArrayList<>();
        for (String service : SERVICES) {
            Path base = sources(service);
            try (Stream<Path> files = Files.walk(base)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Path relative = base.relativize(file);
                    String layer = relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
                    Matcher imports = IMPORT.matcher(Files.readString(file));
                    while (imports.find()) {
                        if (rule.forbids(service, layer, imports.group(1))) {
                            found.add(service + "-service/" + relative + " imports " + imports.group(1));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private static Path sources(String service) {
        return DocsTest.ROOT.resolve(service + "-service/src/main/java/org/wsis/" + service);
    }
}

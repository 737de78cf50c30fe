package org.wsis.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** {@code logs [-f] <name>}: prints a component's log; {@code -f} hands over to {@code tail -F}. */
final class LogsCommand {

    private final StackConfig config;
    private final PrintStream out;
    private final PrintStream err;

    LogsCommand(StackConfig config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.err = err;
    }

    int run(Command.Logs logs) throws IOException, InterruptedException, Arguments.UsageException {
        Optional<Path> file = config.logOf(logs.target());
        if (file.isEmpty()) {
            throw new Arguments.UsageException("logs: no log called '" + logs.target()
                    + "'; use registration, sessions, prizes, kafka, keycloak, web or stack");
        }
        if (!Files.exists(file.get())) {
            err.println("wsis: no log yet at " + file.get() + " (written once the stack starts that component)");
            return 1;
        }
        if (logs.follow()) {
            // -F keeps following across the truncation or re-creation of a log by the next up
            return new ProcessBuilder("tail", "-n", "+1", "-F", file.get().toString()).inheritIO().start().waitFor();
        }
        Files.copy(file.get(), out);
        out.flush();
        return 0;
    }

    /**
     * The last lines of a log's latest run (after the last "=== " line deploy/wsis writes at each
     * start), to show next to a failure without sending the user hunting.
     */
    static List<String> lastLines(Path file, int count) {
        Deque<String> last = new ArrayDeque<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                if (line.startsWith("=== ")) {
                    last.clear();
                }
                last.addLast(line);
                if (last.size() > count) {
                    last.removeFirst();
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
        return List.copyOf(last);
    }
}

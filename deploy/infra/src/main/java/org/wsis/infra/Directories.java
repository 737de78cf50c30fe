package org.wsis.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The machine's cache of unpacked servers, and removal of what a test run's servers left on disk. */
public final class Directories {

    private Directories() {
    }

    /**
     * What is unpacked once per machine and shared by every stack and test run (Keycloak built for
     * PostgreSQL, PostgreSQL's binaries): {@code $WSIS_CACHE}, or {@code ~/.cache/wsis}.
     */
    public static Path cache() {
        String configured = System.getenv("WSIS_CACHE");
        return Path.of(configured != null ? configured : System.getProperty("user.home") + "/.cache/wsis");
    }

    public static void deleteRecursively(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

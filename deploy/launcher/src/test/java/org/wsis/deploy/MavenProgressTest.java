package org.wsis.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code deploy/launcher/maven-progress}, through which deploy/wsis shows its first build. */
class MavenProgressTest {

    private static final String MAVEN_OUTPUT = """
            [INFO] Scanning for projects...
            [INFO] ------------------------< org.wsis:wsis-parent >------------------------
            [INFO] Building WSIS Forum & Prizes platform 1.0.0-SNAPSHOT               [1/3]
            [INFO] --------------------------------[ pom ]---------------------------------
            [INFO] ------------------------< org.wsis:wsis-common >------------------------
            [INFO] Building WSIS common: event backbone, problem details, security, reference data 1.0.0-SNAPSHOT [2/3]
            [INFO] --- compiler:3.14.0:compile (default-compile) @ wsis-common ---
            [WARNING] a warning the quiet build did not show either
            [INFO] -------------------< org.wsis:registration-service >--------------------
            [INFO] Building WSIS registration-service 1.0.0-SNAPSHOT                  [3/3]
            [ERROR] COMPILATION ERROR :
            [ERROR] RegistrationResource.java:[12,1] class, interface, enum, or record expected
            """;

    @TempDir
    Path dir;

    @Test
    void printsEachModuleAsItIsReachedAndEveryErrorAndKeepsTheWholeOutput() throws Exception {
        Path log = dir.resolve("build.log");
        Process progress = new ProcessBuilder("bash", "maven-progress", log.toString())
                .redirectErrorStream(true).start();
        try (OutputStream in = progress.getOutputStream()) {
            in.write(MAVEN_OUTPUT.getBytes(StandardCharsets.UTF_8));
        }
        String shown = new String(progress.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(progress.waitFor()).isZero();
        assertThat(shown).isEqualTo("""
                  [1/3] wsis-parent
                  [2/3] wsis-common
                  [3/3] registration-service
                [ERROR] COMPILATION ERROR :
                [ERROR] RegistrationResource.java:[12,1] class, interface, enum, or record expected
                """);
        assertThat(Files.readString(log)).isEqualTo(MAVEN_OUTPUT);
    }
}

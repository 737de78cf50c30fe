package org.wsis.infra.testing;

import org.wsis.infra.JwtMinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Real signed bearer tokens for tests, trusted by a service started with {@link JwtResource}. */
public final class TestTokens {

    private TestTokens() {
    }

    public static JwtMinter minter() {
        try {
            String pem = Files.readString(Path.of(System.getProperty(JwtResource.PRIVATE_KEY_PROPERTY)));
            return JwtMinter.fromPem(pem, JwtMinter.DEFAULT_ISSUER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String token(String subject, String... groups) {
        return minter().mint(subject, List.of(groups), "Test " + subject, subject + "@example.org");
    }

    public static String participant(String subject) {
        return token(subject, "participant");
    }

    public static String organiser() {
        return token("organiser-1", "organiser");
    }

    public static String reviewer() {
        return token("reviewer-1", "reviewer");
    }
}

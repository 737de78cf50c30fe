package org.wsis.infra.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.wsis.infra.JwtMinter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Generates a throw-away signing key for the test run and makes the service trust it. */
public class JwtResource implements QuarkusTestResourceLifecycleManager {

    static final String PRIVATE_KEY_PROPERTY = "wsis.test.jwt.private-key";

    @Override
    public Map<String, String> start() {
        try {
            Path directory = Files.createTempDirectory("wsis-test-jwt");
            Path privateKey = directory.resolve("private.pem");
            Path publicKey = directory.resolve("public.pem");
            JwtMinter.generateKeyPair(privateKey, publicKey);
            System.setProperty(PRIVATE_KEY_PROPERTY, privateKey.toString());
            return Map.of(
                    "mp.jwt.verify.publickey.location", publicKey.toUri().toString(),
                    "mp.jwt.verify.issuer", JwtMinter.DEFAULT_ISSUER);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create test signing key", e);
        }
    }

    @Override
    public void stop() {
        String key = System.getProperty(PRIVATE_KEY_PROPERTY);
        if (key != null) {
            org.wsis.infra.Directories.deleteRecursively(Path.of(key).getParent());
        }
    }
}

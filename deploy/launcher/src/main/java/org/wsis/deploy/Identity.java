package org.wsis.deploy;

import org.wsis.deploy.demo.DemoUser;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The local identity provider's secrets, made once per stack home and kept (identity/secrets.properties,
 * readable by its owner only): each demo person's password, printed by {@code up}, and the web client's
 * secret. Keycloak imports them with the realm the first time it starts on an empty database.
 */
final class Identity {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Properties secrets;

    private Identity(Properties secrets) {
        this.secrets = secrets;
    }

    static Identity of(StackConfig config) throws IOException {
        Path file = config.identityDirectory().resolve("secrets.properties");
        Properties secrets = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                secrets.load(in);
            }
        }
        boolean added = false;
        for (DemoUser user : DemoUser.ALL) {
            added |= secrets.putIfAbsent("password." + user.subject(), secret(12)) == null;
        }
        added |= secrets.putIfAbsent("client." + IdentityRealm.WEB_CLIENT, secret(32)) == null;
        if (added) {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                secrets.store(out, "local identity provider: demo passwords and the web client's secret");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
        }
        return new Identity(secrets);
    }

    String password(DemoUser user) {
        return secrets.getProperty("password." + user.subject());
    }

    String webClientSecret() {
        return secrets.getProperty("client." + IdentityRealm.WEB_CLIENT);
    }

    /** The realm Keycloak imports: the demo people with their passwords, signing with the stack's key. */
    String realm(StackConfig config) throws IOException {
        Map<DemoUser, String> passwords = new LinkedHashMap<>();
        DemoUser.ALL.forEach(user -> passwords.put(user, password(user)));
        return IdentityRealm.json(Files.readString(new DevKeys(config).ensure().privateKeyFile()), config.webOrigin(),
                webClientSecret(), passwords);
    }

    private static String secret(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}

package org.wsis.deploy;

import org.wsis.infra.JwtMinter;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The stack's development signing key pair (keys/private.pem, keys/public.pem), created on first
 * use and kept, so tokens minted earlier stay valid across {@code down}/{@code up}.
 */
public final class DevKeys {

    private final Path privateKey;
    private final Path publicKey;
    private final String issuer;

    public DevKeys(StackConfig config) {
        this.privateKey = config.privateKey();
        this.publicKey = config.publicKey();
        this.issuer = config.issuer();
    }

    /** Generates the pair unless both halves exist; a lock keeps two first commands from racing. */
    public DevKeys ensure() throws IOException {
        if (Files.isRegularFile(privateKey) && Files.isRegularFile(publicKey)) {
            return this;
        }
        Files.createDirectories(privateKey.getParent());
        try (FileChannel channel = FileChannel.open(privateKey.resolveSibling(".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var ignored = channel.lock()) {
            if (!Files.isRegularFile(privateKey) || !Files.isRegularFile(publicKey)) {
                JwtMinter.generateKeyPair(privateKey, publicKey);
                restrictToOwner(privateKey);
            }
        }
        return this;
    }

    public JwtMinter minter() throws IOException {
        ensure();
        return JwtMinter.fromPem(Files.readString(privateKey), issuer); // Keycloak's issuer: its key is this one
    }

    public Path publicKey() {
        return publicKey;
    }

    Path privateKeyFile() {
        return privateKey;
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to tighten
        }
    }
}

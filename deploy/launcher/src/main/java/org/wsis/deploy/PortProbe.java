package org.wsis.deploy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * Whether PostgreSQL or Kafka accepts connections: a TCP connect on loopback, where both listen.
 * Cheap enough for {@code status}; it does not prove that the server answers queries.
 */
final class PortProbe {

    /** A connection on loopback is made or refused at once; a longer wait means the server is stuck. */
    private static final Duration TIMEOUT = Duration.ofMillis(500);

    private PortProbe() {
    }

    static boolean acceptsConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

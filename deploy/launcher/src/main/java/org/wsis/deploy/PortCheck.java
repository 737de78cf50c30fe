package org.wsis.deploy;

import org.wsis.infra.Ports;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

/** Finds the configured ports that something else already uses, before anything is started. */
final class PortCheck {

    private PortCheck() {
    }

    static List<StackConfig.PortSetting> taken(List<StackConfig.PortSetting> ports) {
        return ports.stream().filter(p -> taken(p.port())).toList();
    }

    /** Taken if something answers on loopback or the port cannot be bound on every interface. */
    static boolean taken(int port) {
        if (Ports.inUse(port)) {
            return true;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}

package org.wsis.deploy;

import java.io.IOException;
import java.util.Map;

/**
 * Starts one service exactly as the supervisor does (same command, environment, working directory
 * and log), outside the supervisor: for fault tests that kill a service and bring it back. The
 * caller owns the returned process and stops it; {@code deploy/wsis down} does not know it.
 */
public final class ServiceLauncher {

    private ServiceLauncher() {
    }

    public static Process start(StackConfig.Instance instance, StackConfig config) throws IOException {
        return ServiceProcess.start(instance, config).process();
    }

    /** With the tracing settings ({@code OTEL_*}) of the stack's environment, which this JVM may not have. */
    public static Process start(StackConfig.Instance instance, StackConfig config, Map<String, String> stackEnvironment)
            throws IOException {
        return ServiceProcess.start(instance, config, stackEnvironment).process();
    }
}

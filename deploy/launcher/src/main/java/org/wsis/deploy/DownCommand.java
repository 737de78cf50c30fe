package org.wsis.deploy;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code down}: SIGTERM to the supervisor, which stops services, broker and database in that order. */
final class DownCommand {

    /** Services (20 s), the broker (30 s) and PostgreSQL, with room to spare. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(120);

    private final StackConfig config;
    private final PrintStream out;
    private final PrintStream err;

    DownCommand(StackConfig config, PrintStream out, PrintStream err) {
        this.config = config;
        this.out = out;
        this.err = err;
    }

    int run() throws InterruptedException {
        StackHandle stack = new StackHandle(config);
        Optional<ProcessRef> supervisor = stack.supervisor();
        if (supervisor.isPresent()) {
            out.println("Stopping the WSIS stack (supervisor pid " + supervisor.get().pid() + ")...");
            if (!stack.stop(supervisor.get(), STOP_TIMEOUT)) {
                err.println("wsis: the supervisor did not stop within " + STOP_TIMEOUT.toSeconds() + " s; killing it");
                supervisor.get().terminate(Duration.ZERO);
            }
        }
        List<String> leftovers = stack.stopLeftovers();
        if (!leftovers.isEmpty()) {
            out.println("Stopped leftover processes: " + String.join(", ", leftovers));
        }
        if (supervisor.isEmpty() && leftovers.isEmpty()) {
            out.println("The WSIS stack is not running.");
            return 0;
        }
        out.println("The WSIS stack is stopped. Its data stays in " + config.home() + " for the next up.");
        return 0;
    }
}

package org.wsis.deploy.demo;

import org.wsis.deploy.StackConfig;
import org.wsis.infra.JwtMinter;

import java.io.PrintStream;
import java.util.List;

/** Runs the demo loaders in order against a ready stack and prints what each loaded. */
public final class DemoData {

    /**
     * Registration first: the sessions and prizes demos (added here when those services have
     * their own) use its participants as speakers and voters.
     */
    static final List<DemoLoader> LOADERS = List.of(new RegistrationDemo(), new SessionsDemo(), new PrizesDemo());

    private final DemoContext context;
    private final PrintStream out;

    public DemoData(StackConfig config, JwtMinter minter, PrintStream out) {
        this.context = new DemoContext(config, minter, new ApiClient());
        this.out = out;
    }

    public void load() throws Exception {
        out.println("Loading demo data for edition " + DemoContext.EDITION + "...");
        for (DemoLoader loader : LOADERS) {
            out.println("  " + loader.service() + ": " + loader.load(context));
        }
    }
}

package org.wsis.deploy;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** {@code deploy/wsis}: parses the command line and runs the command against the configured stack. */
public final class Wsis {

    private final Map<String, String> env;
    private final Path repoRoot;
    private final PrintStream out;
    private final PrintStream err;

    public Wsis(Map<String, String> env, Path repoRoot, PrintStream out, PrintStream err) {
        this.env = env;
        this.repoRoot = repoRoot;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty(StackConfig.ROOT_PROPERTY, "."));
        System.exit(new Wsis(System.getenv(), root, System.out, System.err).run(args));
    }

    /** Exit codes: 0 done, 1 failed, 2 bad arguments or configuration, 3 status: not all ready. */
    public int run(String... args) {
        try {
            Command command = Arguments.parse(args);
            if (command instanceof Command.Help help) {
                out.print(help.command() == null ? Usage.all() : Usage.of(help.command()));
                return 0;
            }
            return run(command, StackConfig.from(env, repoRoot));
        } catch (Arguments.UsageException e) {
            // one line that says what is wrong: the whole usage would bury it
            err.println("wsis: " + e.getMessage() + "; " + e.hint());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("wsis: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("wsis: interrupted");
            return 130;
        } catch (Exception e) {
            err.println("wsis: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        }
    }

    private int run(Command command, StackConfig config) throws Exception {
        if (command instanceof Command.Up up) {
            // the topology asked for; config is the one the last up recorded (a running stack's)
            return new UpCommand(config.withTopology(env, up.brokers(), up.instances()), out, err).run(up.demo(), config);
        }
        if (command instanceof Command.Down) {
            return new DownCommand(config, out, err).run();
        }
        if (command instanceof Command.Status) {
            return new StatusCommand(config, out).run();
        }
        if (command instanceof Command.Logs logs) {
            return new LogsCommand(config, out, err).run(logs);
        }
        if (command instanceof Command.Bench bench) {
            return new org.wsis.deploy.bench.Bench(config, new DevKeys(config).minter(),
                    new org.wsis.deploy.bench.BenchOptions(bench.votesPerSecond(), bench.seconds(),
                            bench.registrationsPerSecond(), bench.concurrency(), bench.connections(),
                            bench.overloadFactor(), bench.scenarios()), out).run();
        }
        if (command instanceof Command.Token token) {
            // stdout carries only the token, so that TOKEN=$(deploy/wsis token ...) works
            out.println(new DevKeys(config).minter().mint(token.subject(), token.groups(), token.name(), token.email()));
            return 0;
        }
        throw new IllegalStateException("unhandled command " + command);
    }
}

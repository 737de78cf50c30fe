package org.wsis.deploy;

/** The java binary running this JVM: child JVMs use the same one, whatever PATH says. */
final class Java {

    private Java() {
    }

    static String executable() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}

package org.wsis.deploy.demo;

/**
 * Loads one service's sample data through its public REST API. Loaders run in order (see
 * {@link DemoData#LOADERS}) and share a {@link DemoContext}, so a later one can use what an earlier
 * one created, e.g. the registered participants. Running a loader again over data kept from an
 * earlier {@code up --demo} must succeed.
 */
public interface DemoLoader {

    /** The service it fills, for the summary. */
    String service();

    /** Loads the data and answers a one-line summary of what is there now. */
    String load(DemoContext context) throws DemoException, java.io.IOException, InterruptedException;
}

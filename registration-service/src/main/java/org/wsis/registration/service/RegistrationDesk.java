package org.wsis.registration.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.wsis.common.batch.GroupCommit;
import org.wsis.common.overload.Overloaded;
import org.wsis.common.ratelimit.RateLimiter;
import org.wsis.registration.PersonalDetails;
import org.wsis.registration.Registration;

import java.util.concurrent.CompletionStage;

/**
 * Group commit of new registrations ({@link GroupCommit}): every application that arrived while the
 * previous batch was committing is registered in one transaction ({@link RegistrationService#registerAll});
 * a request is answered only after its batch committed, and waits without holding a thread.
 */
@ApplicationScoped
public class RegistrationDesk {

    private final GroupCommit<RegistrationService.Application, Registration> applications;

    /** Each batch first counts its applications against the rate limits, in its own transaction. */
    public RegistrationDesk(RegistrationService service, RegistrationDeskConfig config, RateLimiter limits) {
        this.applications = new GroupCommit<>("registration", config.queueCapacity(), config.maxBatch(),
                config.maxWait(), service::registerAll, limits.gate());
    }

    void start(@Observes StartupEvent event) {
        applications.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        applications.stop();
    }

    /** The new registration, once its batch committed; fails with {@link Overloaded} when too many wait already. */
    public CompletionStage<Registration> register(int edition, String subject, PersonalDetails details) {
        return applications.submit(new RegistrationService.Application(edition, subject, details));
    }
}

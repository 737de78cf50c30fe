package org.wsis.common.overload;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A blocking endpoint that holds its worker until the test lets go: requests in progress on demand. */
@Path("/test/held")
@ApplicationScoped
public class HeldRequests {

    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final AtomicInteger holding = new AtomicInteger();

    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    int holding() {
        return holding.get();
    }

    @POST
    @PermitAll
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String holdWithBody(String body) throws InterruptedException {
        return hold();
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    public String hold() throws InterruptedException {
        holding.incrementAndGet();
        try {
            gate.await(30, TimeUnit.SECONDS);
            return "done";
        } finally {
            holding.decrementAndGet();
        }
    }
}

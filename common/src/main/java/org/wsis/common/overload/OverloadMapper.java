package org.wsis.common.overload;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 503 problem details with Retry-After for work shed by a full queue. */
public class OverloadMapper {

    private final OverloadGuard guard;

    public OverloadMapper(OverloadGuard guard) {
        this.guard = guard;
    }

    @ServerExceptionMapper
    public Response overloaded(Overloaded e) {
        return guard.refusal();
    }
}

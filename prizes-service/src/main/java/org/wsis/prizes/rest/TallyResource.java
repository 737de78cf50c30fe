package org.wsis.prizes.rest;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.wsis.common.overload.OverloadGuard;
import org.wsis.common.security.Roles;
import org.wsis.prizes.service.TallyBroadcaster;
import org.wsis.prizes.service.TallyQueries;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}/tallies")
@Tag(name = "Votes")
@Produces(MediaType.APPLICATION_JSON)
public class TallyResource {

    private final TallyQueries queries;
    private final TallyBroadcaster broadcaster;
    private final OverloadGuard guard;
    private final CurrentVertxRequest request;

    public TallyResource(TallyQueries queries, TallyBroadcaster broadcaster, OverloadGuard guard,
                         CurrentVertxRequest request) {
        this.queries = queries;
        this.broadcaster = broadcaster;
        this.guard = guard;
        this.request = request;
    }

    @GET
    @RolesAllowed({Roles.ORGANISER, Roles.REVIEWER})
    @Operation(summary = "Live vote tallies (organisers and reviewers)",
            description = "Per category with nominated projects: its total and the votes of each, most first "
                    + "(ties: earliest submitted first). Always equal to the votes counted so far.")
    @APIResponse(responseCode = "200", description = "The tallies",
            content = @Content(schema = @Schema(implementation = TalliesResponse.class)))
    @APIResponse(responseCode = "404", description = "No contest for this edition")
    public TalliesResponse tallies(@PathParam("edition") @Edition int edition) {
        return TalliesResponse.of(edition, queries.tallies(edition));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @ResponseHeader(name = "X-Accel-Buffering", value = "no") // nginx passes each event on at once
    @RolesAllowed({Roles.ORGANISER, Roles.REVIEWER})
    @Blocking // reads the tallies before the stream starts: no contest is a 404, not a broken stream
    @Operation(summary = "Live vote tallies as server-sent events (organisers and reviewers)",
            description = "A text/event-stream whose every event's data is the tallies, as GET /tallies answers "
                    + "them: sent at once, then whenever they change, at most about once a second however many "
                    + "votes arrive (through any instance of the service), and again after 15 s without a change "
                    + "so that proxies keep the connection. The stream does not end; close it to leave.")
    @APIResponse(responseCode = "200", description = "The stream; each event's data is the tallies",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = TalliesResponse.class)))
    @APIResponse(responseCode = "404", description = "No contest for this edition")
    @APIResponse(responseCode = "503", description = "Too many tally streams open on this instance, or a backing "
            + "service is away; retry after the Retry-After delay")
    public Multi<TalliesResponse> stream(@PathParam("edition") @Edition int edition) {
        Multi<TalliesResponse> stream = broadcaster.watch(edition).map(tallies -> TalliesResponse.of(edition, tallies));
        // admitted: from here on it holds no worker, and the broadcaster's own cap bounds the open streams
        guard.release(request.getCurrent());
        return stream;
    }
}

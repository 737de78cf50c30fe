package org.wsis.web.clients;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jboss.resteasy.reactive.client.SseEvent;
import org.jboss.resteasy.reactive.client.SseEventFilter;
import org.wsis.web.clients.prizes.*;

import java.util.function.Predicate;

/** prizes-service's public REST API (docs/openapi/prizes-service.json), called as the signed-in person. */
@RegisterRestClient(configKey = "prizes")
@RegisterClientHeaders(SignedInToken.class)
@RegisterProvider(ProblemMapper.class)
@Consumes("application/json")
@Produces("application/json")
public interface PrizesApi {

    @GET
    @Path("/categories")
    CategoryPage categories();

    @PUT
    @Path("/editions/{edition}/categories/{code}/winner")
    Winner pickWinner(@PathParam("code") String code, @PathParam("edition") int edition, WinnerRequest body);

    @GET
    @Path("/editions/{edition}/champions")
    Standings champions(@PathParam("edition") int edition);

    @PUT
    @Path("/editions/{edition}/contest")
    Contest openContest(@PathParam("edition") int edition, ContestRequest body);

    @GET
    @Path("/editions/{edition}/contest")
    Contest contest(@PathParam("edition") int edition);

    @POST
    @Path("/editions/{edition}/contest/phase")
    Contest advance(@PathParam("edition") int edition, PhaseRequest body);

    @POST
    @Path("/editions/{edition}/nominations")
    Nomination nominate(@PathParam("edition") int edition, NominationRequest body);

    @GET
    @Path("/editions/{edition}/nominations")
    NominationPage nominations(@PathParam("edition") int edition, @QueryParam("category") String category, @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("status") String status);

    @GET
    @Path("/editions/{edition}/nominations/{id}")
    Nomination nomination(@PathParam("edition") int edition, @PathParam("id") String id);

    @POST
    @Path("/editions/{edition}/nominations/{id}/review")
    Nomination review(@PathParam("edition") int edition, @PathParam("id") String id, ReviewRequest body);

    @GET
    @Path("/editions/{edition}/results")
    Standings results(@PathParam("edition") int edition);

    @GET
    @Path("/editions/{edition}/tallies")
    Tallies tallies(@PathParam("edition") int edition);

    @GET
    @Path("/editions/{edition}/vote-integrity")
    VoteIntegrity voteIntegrity(@PathParam("edition") int edition);

    @GET
    @Path("/editions/{edition}/vote-integrity/anomalies")
    VoteIntegrity anomalies(@PathParam("edition") int edition);

    @POST
    @Path("/editions/{edition}/votes")
    VoteReceipt vote(@PathParam("edition") int edition, VoteRequest body);

    @GET
    @Path("/editions/{edition}/votes/me")
    ReceiptPage myVotes(@PathParam("edition") int edition);

    @GET
    @Path("/editions/{edition}/votes/receipts/{receipt}")
    ReceiptCheck checkReceipt(@PathParam("edition") int edition, @PathParam("receipt") String receipt);

    /**
     * The tallies again whenever they change (at most about once a second), as server-sent events; events
     * without data (comments, keep-alives) are skipped rather than read as empty JSON.
     */
    @GET
    @Path("/editions/{edition}/tallies/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @SseEventFilter(EventsWithData.class)
    Multi<Tallies> talliesStream(@PathParam("edition") int edition);

    /** Lets through the server-sent events that carry data. */
    class EventsWithData implements Predicate<SseEvent<String>> {
        @Override
        public boolean test(SseEvent<String> event) {
            return event.data() != null && !event.data().isBlank();
        }
    }
}

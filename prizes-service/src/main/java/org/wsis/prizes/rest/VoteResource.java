package org.wsis.prizes.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wsis.common.rest.PageResponse;
import org.wsis.common.security.Caller;
import org.wsis.common.security.Roles;
import org.wsis.prizes.service.BallotBox;
import org.wsis.prizes.service.VoteService;

import java.util.List;
import java.util.concurrent.CompletionStage;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}/votes")
@Tag(name = "Votes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoteResource {

    private final VoteService service;
    private final BallotBox ballotBox;
    private final Caller caller;

    public VoteResource(VoteService service, BallotBox ballotBox, Caller caller) {
        this.service = service;
        this.ballotBox = ballotBox;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Vote for a nominated project (during VOTING)",
            description = "Only participants with a CONFIRMED registration for the edition may vote, once per "
                    + "category. Voting again for the same project answers the original receipt (200).")
    @RequestBody(content = @Content(schema = @Schema(implementation = VoteRequest.class),
            examples = @ExampleObject(name = "vote", value = "{\"nominationId\":\"5b1f1f0e-8a57-4d5e-9c0a-3f1e2d3c4b5a\"}")))
    @APIResponse(responseCode = "201", description = "Counted; Location is the receipt's public check",
            content = @Content(schema = @Schema(implementation = VoteReceipt.class)))
    @APIResponse(responseCode = "200", description = "You had already voted for this project: the original receipt",
            content = @Content(schema = @Schema(implementation = VoteReceipt.class)))
    @APIResponse(responseCode = "404", description = "No nominated project with this id in the edition")
    @APIResponse(responseCode = "409", description = "Not in VOTING, or you already voted for another project of "
            + "this category (nominationId and receipt name that vote)")
    @APIResponse(responseCode = "429", description = "Too many calls from this account or network address; retry after the Retry-After delay")
    @APIResponse(responseCode = "503", description = "Too many votes waiting (or a backing service is away): not counted; "
            + "retry after the Retry-After delay")
    @org.wsis.common.ratelimit.RateLimited("votes")
    public CompletionStage<Response> vote(@PathParam("edition") @Edition int edition,
                                          @NotNull @Valid VoteRequest request, @Context UriInfo uri) {
        // non-blocking: the request waits for its batch without holding a worker thread
        UriBuilder receipts = uri.getAbsolutePathBuilder().path("receipts");
        return ballotBox.cast(edition, caller.subject(), request.nominationId()).thenApply(cast -> {
            VoteReceipt receipt = VoteReceipt.of(cast.vote());
            if (!cast.created()) {
                return Response.ok(receipt).build();
            }
            return Response.created(receipts.path(receipt.receipt()).build()).entity(receipt).build();
        });
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "My votes in the edition, with their receipts")
    @APIResponse(responseCode = "200", description = "One receipt per category voted in",
            content = @Content(schema = @Schema(implementation = ReceiptPage.class)))
    public PageResponse<VoteReceipt> mine(@PathParam("edition") @Edition int edition) {
        List<VoteReceipt> receipts = service.mine(edition, caller.subject()).stream().map(VoteReceipt::of).toList();
        return new PageResponse<>(receipts, 0, Math.max(receipts.size(), 1), receipts.size());
    }

    @GET
    @Path("/receipts/{receipt}")
    @PermitAll
    @Operation(summary = "Check that a vote was counted, and for which project",
            description = "Anyone holding the receipt can check it; the voter is never revealed.")
    @APIResponse(responseCode = "200", description = "The vote is counted",
            content = @Content(schema = @Schema(implementation = ReceiptCheck.class)))
    @APIResponse(responseCode = "404", description = "No vote with this receipt")
    public ReceiptCheck check(@PathParam("edition") @Edition int edition,
                              @PathParam("receipt") @Size(max = 64) String receipt) {
        return ReceiptCheck.of(service.byReceipt(edition, receipt));
    }

    /** For the OpenAPI document: the list shape with its item type. */
    @Schema(name = "ReceiptPage")
    public record ReceiptPage(List<VoteReceipt> items, int page, int size, long total) {
    }
}

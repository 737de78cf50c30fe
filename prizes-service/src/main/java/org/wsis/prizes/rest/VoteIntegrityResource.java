package org.wsis.prizes.rest;

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
import org.wsis.common.reference.Edition;
import org.wsis.common.security.Roles;
import org.wsis.prizes.service.VoteIntegrityRule;
import org.wsis.prizes.service.VoteIntegrityService;

@Path("/editions/{edition}/vote-integrity")
@Tag(name = "Votes")
@Produces(MediaType.APPLICATION_JSON)
public class VoteIntegrityResource {

    /** The rule, as the README states it too; the defaults are those of VoteIntegrityConfig. */
    static final String RULE = "Signals over the window that ends now (wsis.vote-integrity.window, default 10 minutes), "
            + "per NOMINATED project: windowVotes; votesPerMinute = windowVotes / window minutes; peakMinuteVotes = "
            + "the most votes within any 60 seconds; newAccountShare = the share of windowVotes cast by accounts "
            + "CONFIRMED less than new-account-age (default 1 hour) before voting (an unknown confirmation time is "
            + "not new). A project is judged only with at least min-votes (default 20) votes in the window, and is "
            + "then flagged BURST when peakMinuteVotes >= burstThreshold = max(burst-votes-per-minute (default 10), "
            + "burst-factor (default 5) x the median votesPerMinute of its category's nominated projects), and "
            + "NEW_ACCOUNTS when newAccountShare >= new-account-share (default 0.5). The settings in force are in "
            + "the answer's rule.";

    private final VoteIntegrityService service;

    public VoteIntegrityResource(VoteIntegrityService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Vote integrity signals of every nominated project (organisers)", description = RULE)
    @APIResponse(responseCode = "200", description = "The signals of every nominated project",
            content = @Content(schema = @Schema(implementation = VoteIntegrityResponse.class)))
    @APIResponse(responseCode = "404", description = "No contest for this edition")
    public VoteIntegrityResponse signals(@PathParam("edition") @Edition int edition) {
        return VoteIntegrityResponse.of(service.report(edition), signals -> true);
    }

    @GET
    @Path("/anomalies")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Nominated projects whose recent votes look anomalous, with the reasons (organisers)",
            description = "Only the projects the rule flags. " + RULE)
    @APIResponse(responseCode = "200", description = "The flagged projects (none: an empty list)",
            content = @Content(schema = @Schema(implementation = VoteIntegrityResponse.class)))
    @APIResponse(responseCode = "404", description = "No contest for this edition")
    public VoteIntegrityResponse anomalies(@PathParam("edition") @Edition int edition) {
        return VoteIntegrityResponse.of(service.report(edition), VoteIntegrityRule.Signals::anomalous);
    }
}

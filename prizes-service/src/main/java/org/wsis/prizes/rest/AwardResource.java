package org.wsis.prizes.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wsis.common.reference.ActionLine;
import org.wsis.common.rest.ProblemException;
import org.wsis.common.security.Caller;
import org.wsis.common.security.Roles;
import org.wsis.prizes.service.AwardService;

import java.util.Arrays;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}")
@Tag(name = "Champions and winners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwardResource {

    private final AwardService service;
    private final Caller caller;

    public AwardResource(AwardService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Path("/champions")
    @PermitAll
    @Operation(summary = "The champions of each category (from EVALUATION on)",
            description = "Per category the top championsPerCategory projects by votes when VOTING ended; a tie at "
                    + "the boundary takes all tied projects. Winners chosen so far show only to organisers and "
                    + "reviewers until the contest is CLOSED.")
    @APIResponse(responseCode = "200", description = "Champions per category",
            content = @Content(schema = @Schema(implementation = StandingsResponse.class)))
    @APIResponse(responseCode = "409", description = "VOTING has not ended yet, or no contest")
    public StandingsResponse champions(@PathParam("edition") @Edition int edition) {
        boolean staff = caller.is(Roles.ORGANISER) || caller.is(Roles.REVIEWER);
        return StandingsResponse.of(edition, service.champions(edition, staff));
    }

    @PUT
    @Path("/categories/{code}/winner")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Choose a category's winner among its champions (during EVALUATION)",
            description = "Choosing again replaces the earlier choice until the contest closes.")
    @RequestBody(content = @Content(schema = @Schema(implementation = WinnerRequest.class),
            examples = @ExampleObject(name = "winner", value = "{\"nominationId\":\"5b1f1f0e-8a57-4d5e-9c0a-3f1e2d3c4b5a\"}")))
    @APIResponse(responseCode = "200", description = "The category's winner",
            content = @Content(schema = @Schema(implementation = WinnerResponse.class)))
    @APIResponse(responseCode = "404", description = "No category with this code")
    @APIResponse(responseCode = "409", description = "Not in EVALUATION")
    @APIResponse(responseCode = "422", description = "The project is not a champion of this category")
    public WinnerResponse chooseWinner(@PathParam("edition") @Edition int edition,
                                       @PathParam("code") String code, @NotNull @Valid WinnerRequest request) {
        return WinnerResponse.of(service.chooseWinner(edition, category(code), request.nominationId(),
                caller.subject()));
    }

    @GET
    @Path("/results")
    @PermitAll
    @Operation(summary = "The results (once CLOSED): per category its winner and champions")
    @APIResponse(responseCode = "200", description = "The results",
            content = @Content(schema = @Schema(implementation = StandingsResponse.class)))
    @APIResponse(responseCode = "409", description = "The contest is not CLOSED yet, or no contest")
    public StandingsResponse results(@PathParam("edition") @Edition int edition) {
        return StandingsResponse.of(edition, service.results(edition));
    }

    private static ActionLine category(String code) {
        return Arrays.stream(ActionLine.values()).filter(line -> line.name().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("No category " + code + "; see GET /categories."));
    }
}

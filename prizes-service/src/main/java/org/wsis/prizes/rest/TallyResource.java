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
import org.wsis.common.security.Roles;
import org.wsis.prizes.service.TallyQueries;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}/tallies")
@Tag(name = "Votes")
@Produces(MediaType.APPLICATION_JSON)
public class TallyResource {

    private final TallyQueries queries;

    public TallyResource(TallyQueries queries) {
        this.queries = queries;
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
}

package org.wsis.registration.rest;

import jakarta.annotation.security.PermitAll;
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
import org.wsis.registration.service.RegistrationQueries;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}/registration-statistics")
@Tag(name = "Registration statistics")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationStatisticsResource {

    private final RegistrationQueries queries;

    public RegistrationStatisticsResource(RegistrationQueries queries) {
        this.queries = queries;
    }

    @GET
    @PermitAll
    @Operation(summary = "Public totals by status, stakeholder group, country and attendance, with capacity and waitlist")
    @APIResponse(responseCode = "200", description = "Aggregated counts only; no personal data",
            content = @Content(schema = @Schema(implementation = StatisticsResponse.class)))
    public StatisticsResponse statistics(@PathParam("edition") @Edition int edition) {
        return StatisticsResponse.of(queries.statistics(edition));
    }
}

package org.wsis.registration.rest;

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
import org.wsis.common.security.Roles;
import org.wsis.registration.service.RegistrationSettingsService;

import java.time.Clock;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}/registration-settings")
@Tag(name = "Registration settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationSettingsResource {

    private final RegistrationSettingsService service;
    private final Clock clock;

    public RegistrationSettingsResource(RegistrationSettingsService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @PUT
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Set the edition's registration window and in-person capacity",
            description = "Creates or replaces the settings. Raising the capacity promotes waitlisted registrations, oldest first.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SettingsRequest.class),
            examples = @ExampleObject(name = "WSIS Forum 2026", value = "{\"inPersonCapacity\":3000,"
                    + "\"opensAt\":\"2026-01-15T00:00:00Z\",\"closesAt\":\"2026-06-30T23:59:59Z\"}")))
    @APIResponse(responseCode = "200", description = "The settings now in force",
            content = @Content(schema = @Schema(implementation = SettingsResponse.class)))
    @APIResponse(responseCode = "409", description = "Capacity below the in-person seats already confirmed")
    public SettingsResponse put(@PathParam("edition") @Edition int edition,
                                @NotNull @Valid SettingsRequest request) {
        return SettingsResponse.of(service.put(edition, request.inPersonCapacity(),
                request.opensAt(), request.closesAt()), clock.instant());
    }

    @GET
    @PermitAll
    @Operation(summary = "The edition's registration window and in-person capacity (public)")
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(schema = @Schema(implementation = SettingsResponse.class)))
    @APIResponse(responseCode = "404", description = "Registration for the edition is not set up")
    public SettingsResponse get(@PathParam("edition") @Edition int edition) {
        return SettingsResponse.of(service.get(edition), clock.instant());
    }
}

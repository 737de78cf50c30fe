package org.wsis.sessions.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wsis.common.reference.ActionLine;
import org.wsis.common.security.Roles;
import org.wsis.sessions.SessionFormat;
import org.wsis.sessions.service.AgendaCalendar;
import org.wsis.sessions.service.AgendaFilter;
import org.wsis.sessions.service.AgendaService;
import org.wsis.sessions.service.AgendaViews;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}")
@Tag(name = "Agenda")
public class AgendaResource {

    private final AgendaService agenda;
    private final AgendaViews views;
    private final AgendaCalendar calendar;

    public AgendaResource(AgendaService agenda, AgendaViews views, AgendaCalendar calendar) {
        this.agenda = agenda;
        this.views = views;
        this.calendar = calendar;
    }

    @POST
    @Path("/agenda/releases")
    @RolesAllowed(Roles.ORGANISER)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the next agenda version from the SCHEDULED sessions",
            description = "The public agenda (JSON and iCalendar) shows only released versions. The answer lists the "
                    + "sessions added, removed and moved (other time or room) since the previous version.")
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = ReleaseResponse.class)))
    @APIResponse(responseCode = "409", description = "Venue not set, or another release was published at the same moment")
    public Response release(@PathParam("edition") @Edition int edition) {
        ReleaseResponse release = agenda.release(edition);
        return Response.created(URI.create("/editions/" + edition + "/agenda")).entity(release).build();
    }

    @GET
    @Path("/agenda")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The published agenda, day by day (public)",
            description = "Always the latest release, never unpublished edits. Days are in the venue's time zone.")
    @APIResponse(responseCode = "200", description = "The latest release",
            content = @Content(schema = @Schema(implementation = AgendaResponse.class)))
    @APIResponse(responseCode = "404", description = "No agenda published yet")
    public AgendaResponse json(@PathParam("edition") @Edition int edition, @BeanParam Filter filter) {
        return views.json(agenda.latest(edition), filter.toFilter());
    }

    @GET
    @Path("/agenda.ics")
    @PermitAll
    @Produces(AgendaCalendar.MEDIA_TYPE)
    @Operation(summary = "The published agenda as iCalendar (public)",
            description = "RFC 5545, one VEVENT per session; UID stays the same across releases, SEQUENCE rises when "
                    + "a session changes. Same filters as the JSON agenda.")
    @APIResponse(responseCode = "200", description = "text/calendar", content = @Content(mediaType = AgendaCalendar.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No agenda published yet")
    public Response ics(@PathParam("edition") @Edition int edition, @BeanParam Filter filter) {
        return Response.ok(calendar.write(agenda.latest(edition), filter.toFilter()),
                        AgendaCalendar.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"wsis-forum-" + edition + ".ics\"")
                .build();
    }

    public static class Filter {
        @QueryParam("day")
        public LocalDate day;
        @QueryParam("roomId")
        public UUID roomId;
        @QueryParam("actionLine")
        public ActionLine actionLine;
        @QueryParam("format")
        public SessionFormat format;

        AgendaFilter toFilter() {
            return new AgendaFilter(day, roomId, actionLine, format);
        }
    }
}

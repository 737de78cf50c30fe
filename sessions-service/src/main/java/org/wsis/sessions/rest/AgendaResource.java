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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wsis.common.reference.ActionLine;
import org.wsis.common.security.Roles;
import org.wsis.sessions.SessionFormat;
import org.wsis.sessions.service.AgendaCache;
import org.wsis.sessions.service.AgendaCalendar;
import org.wsis.sessions.service.AgendaFilter;
import org.wsis.sessions.service.AgendaService;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}")
@Tag(name = "Agenda")
public class AgendaResource {

    /**
     * Anyone (browsers, shared caches, calendar apps) may keep a view for a minute, then must
     * revalidate, which costs a 304 while nothing changed. A minute bounds how long a new release or
     * an erased speaker's name can linger in a cache outside the service; within it, the service
     * is asked at most once per view and cache.
     */
    static final String CACHE_CONTROL = "public, max-age=60";
    private static final String ETAG_PATTERN = "^\"[A-Za-z0-9_-]+\"$";
    private static final String ETAG_DOC = "Strong entity tag of this view's exact bytes: it changes with a new "
            + "release, a change to a speaker's name, and differs per filter and format";
    private static final String CACHE_CONTROL_DOC = "Public; may be reused for 60 seconds, then revalidated";
    private static final String IF_NONE_MATCH_DOC = "Entity tags of views the client holds (or *): "
            + "the answer is 304 without a body when one is the current view's";
    private static final String NOT_MODIFIED_DOC = "The view the client holds (If-None-Match) is current; no body";

    private final AgendaService agenda;
    private final AgendaCache cache;

    public AgendaResource(AgendaService agenda, AgendaCache cache) {
        this.agenda = agenda;
        this.cache = cache;
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
        ReleaseResponse release = ReleaseResponse.of(agenda.release(edition));
        return Response.created(URI.create("/editions/" + edition + "/agenda")).entity(release).build();
    }

    @GET
    @Path("/agenda")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The published agenda, day by day (public)",
            description = "Always the latest release, never unpublished edits. Days are in the venue's time zone. "
                    + "Each view (release, speakers' names, filters) has a strong ETag; send it back in If-None-Match "
                    + "to get 304 Not Modified without a body while the view is unchanged.")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, description = IF_NONE_MATCH_DOC,
            schema = @Schema(type = SchemaType.STRING), example = "\"0oKq1Ih8q9mJ4Lr2ZP5m0fQw\"")
    @APIResponse(responseCode = "200", description = "The latest release",
            content = @Content(schema = @Schema(implementation = AgendaResponse.class)),
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = ETAG_DOC, required = true,
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL_DOC, required = true,
                            schema = @Schema(type = SchemaType.STRING, enumeration = CACHE_CONTROL))})
    @APIResponse(responseCode = "304", description = NOT_MODIFIED_DOC,
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = ETAG_DOC, required = true,
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL_DOC, required = true,
                            schema = @Schema(type = SchemaType.STRING, enumeration = CACHE_CONTROL))})
    @APIResponse(responseCode = "404", description = "No agenda published yet")
    public Response json(@PathParam("edition") @Edition int edition, @BeanParam Filter filter,
                         @Context HttpHeaders headers) {
        return answer(cache.view(edition, AgendaCache.Kind.JSON, filter.toFilter()), headers,
                MediaType.APPLICATION_JSON + ";charset=UTF-8", null);
    }

    @GET
    @Path("/agenda.ics")
    @PermitAll
    @Produces(AgendaCalendar.MEDIA_TYPE)
    @Operation(summary = "The published agenda as iCalendar (public)",
            description = "RFC 5545, one VEVENT per session; UID stays the same across releases, SEQUENCE rises when "
                    + "a session changes. Same filters, ETag and If-None-Match as the JSON agenda.")
    @Parameter(name = HttpHeaders.IF_NONE_MATCH, in = ParameterIn.HEADER, description = IF_NONE_MATCH_DOC,
            schema = @Schema(type = SchemaType.STRING), example = "\"0oKq1Ih8q9mJ4Lr2ZP5m0fQw\"")
    @APIResponse(responseCode = "200", description = "text/calendar", content = @Content(mediaType = AgendaCalendar.MEDIA_TYPE),
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = ETAG_DOC, required = true,
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL_DOC, required = true,
                            schema = @Schema(type = SchemaType.STRING, enumeration = CACHE_CONTROL)),
                    @Header(name = "Content-Disposition", description = "inline, with a file name such as "
                            + "wsis-forum-2026.ics", required = true, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = NOT_MODIFIED_DOC,
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = ETAG_DOC, required = true,
                            schema = @Schema(type = SchemaType.STRING, pattern = ETAG_PATTERN)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL_DOC, required = true,
                            schema = @Schema(type = SchemaType.STRING, enumeration = CACHE_CONTROL))})
    @APIResponse(responseCode = "404", description = "No agenda published yet")
    public Response ics(@PathParam("edition") @Edition int edition, @BeanParam Filter filter,
                        @Context HttpHeaders headers) {
        return answer(cache.view(edition, AgendaCache.Kind.ICALENDAR, filter.toFilter()), headers,
                AgendaCalendar.MEDIA_TYPE + "; charset=UTF-8", "inline; filename=\"wsis-forum-" + edition + ".ics\"");
    }

    /** 304 with the validators when the client holds this view already, else the cached bytes. */
    private static Response answer(AgendaCache.Representation view, HttpHeaders headers, String type,
                                   String disposition) {
        Response.ResponseBuilder answer;
        if (IfNoneMatch.matches(headers.getRequestHeader(HttpHeaders.IF_NONE_MATCH), view.etag())) {
            answer = Response.notModified();
        } else {
            answer = Response.ok(view.bytes(), type);
            if (disposition != null) {
                answer.header("Content-Disposition", disposition);
            }
        }
        return answer.header(HttpHeaders.ETAG, view.etag()).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
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

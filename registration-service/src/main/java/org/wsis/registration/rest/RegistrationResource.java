package org.wsis.registration.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wsis.common.reference.CountryCode;
import org.wsis.common.reference.StakeholderGroup;
import org.wsis.common.rest.PageRequest;
import org.wsis.common.rest.PageResponse;
import org.wsis.common.security.Caller;
import org.wsis.common.security.Roles;
import org.wsis.registration.Attendance;
import org.wsis.registration.Emails;
import org.wsis.registration.RegistrationStatus;
import org.wsis.registration.repository.RegistrationFilter;
import org.wsis.registration.service.RegistrationDesk;
import org.wsis.registration.service.RegistrationQueries;
import org.wsis.registration.service.RegistrationService;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.wsis.common.reference.Edition;

@Path("/editions/{edition}/registrations")
@Tag(name = "Registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    private static final String REGISTRATION_EXAMPLE = """
            {"firstName":"Amina","lastName":"Diallo","email":"amina.diallo@example.org",
             "organisation":"Ministry of Digital Economy","jobTitle":"Director of ICT Policy","country":"SN",
             "stakeholderGroup":"GOVERNMENT","attendance":"IN_PERSON","visaSupportRequested":true,
             "nationality":"SN","dataProcessingConsent":true}""";

    private final RegistrationService service;
    private final RegistrationQueries queries;
    private final RegistrationDesk desk;
    private final Caller caller;
    private final JsonWebToken token;

    public RegistrationResource(RegistrationService service, RegistrationDesk desk, RegistrationQueries queries,
                                Caller caller, JsonWebToken token) {
        this.service = service;
        this.desk = desk;
        this.queries = queries;
        this.caller = caller;
        this.token = token;
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "Register for the Forum",
            description = "GOVERNMENT and INTERNATIONAL_ORGANIZATION registrations are accredited at once (CONFIRMED, "
                    + "or WAITLISTED when every in-person seat is taken); the others are PENDING until an organiser decides.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RegistrationRequest.class),
            examples = @ExampleObject(name = "government delegate", value = REGISTRATION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the new registration",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class)))
    @APIResponse(responseCode = "409", description = "Outside the registration window, no settings, or already registered (person or email)")
    @APIResponse(responseCode = "429", description = "Too many calls from this account or network address; retry after the Retry-After delay")
    @org.wsis.common.ratelimit.RateLimited("registration")
    public CompletionStage<Response> register(@PathParam("edition") @Edition int edition,
                                              @NotNull @Valid RegistrationRequest request,
                                              @jakarta.ws.rs.core.Context UriInfo uri) {
        // non-blocking: the body is read on the event loop, and the request waits for its batch without a thread
        UriBuilder location = uri.getAbsolutePathBuilder();
        return desk.register(edition, caller.subject(), request.toDetails()).thenApply(registration ->
                Response.created(location.path(registration.id.toString()).build())
                        .entity(RegistrationResponse.of(registration)).build());
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(summary = "My registration for the edition (the latest one)")
    @APIResponse(responseCode = "200", description = "Your registration",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class)))
    @APIResponse(responseCode = "404", description = "You have not registered for this edition")
    public RegistrationResponse mine(@PathParam("edition") @Edition int edition) {
        return RegistrationResponse.of(service.mine(edition, caller.subject()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTICIPANT, Roles.ORGANISER})
    @Operation(summary = "One registration (its owner, or an organiser)")
    @APIResponse(responseCode = "200", description = "The registration",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such registration, or not yours")
    public RegistrationResponse get(@PathParam("edition") @Edition int edition,
                                    @PathParam("id") UUID id) {
        return RegistrationResponse.of(service.get(edition, id, caller));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.PARTICIPANT)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change my contact details or attendance",
            description = "Absent fields stay unchanged. Switching to IN_PERSON needs a free seat (409 otherwise); "
                    + "switching to REMOTE frees the seat for the oldest waitlisted registration. The email can only "
                    + "become the address your account has verified with the identity provider (the token's email): "
                    + "any other address answers 409 email-not-verified, whether or not it is registered.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RegistrationPatch.class),
            examples = @ExampleObject(name = "go remote", value = "{\"attendance\":\"REMOTE\",\"jobTitle\":\"Adviser\"}")))
    @APIResponse(responseCode = "200", description = "The changed registration",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such registration, or not yours")
    @APIResponse(responseCode = "409", description = "Not live any more, email not your verified address, "
            + "your verified address already used by another registration, or no in-person seat free")
    @APIResponse(responseCode = "429", description = "Too many calls from this account or network address; retry after the Retry-After delay")
    @org.wsis.common.ratelimit.RateLimited("registration-change")
    public RegistrationResponse update(@PathParam("edition") @Edition int edition,
                                       @PathParam("id") UUID id, @NotNull @Valid RegistrationPatch patch) {
        return RegistrationResponse.of(service.update(edition, id, caller.subject(), verifiedEmail(),
                patch.toChanges(), patch.email(), patch.attendance()));
    }

    /** The token's email, unless the identity provider says it has not verified it (OpenID Connect email_verified). */
    private Optional<String> verifiedEmail() {
        Object verified = token.getClaim("email_verified");
        return verified != null && "false".equals(String.valueOf(verified)) ? Optional.empty()
                : caller.email().map(Emails::normalise);
    }

    @POST
    @Path("/{id}/accreditation")
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = "Approve or reject a PENDING registration",
            description = "Approval confirms it, or waitlists it when it is IN_PERSON and every seat is taken.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AccreditationRequest.class),
            examples = @ExampleObject(name = "approve", value = "{\"decision\":\"APPROVE\"}")))
    @APIResponse(responseCode = "200", description = "The decided registration",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such registration")
    @APIResponse(responseCode = "409", description = "The registration is not PENDING")
    public RegistrationResponse accredit(@PathParam("edition") @Edition int edition,
                                         @PathParam("id") UUID id, @NotNull @Valid AccreditationRequest request) {
        return RegistrationResponse.of(service.accredit(edition, id,
                request.decision() == AccreditationRequest.Decision.APPROVE, request.reason()));
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed({Roles.PARTICIPANT, Roles.ORGANISER})
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Cancel a registration (its owner, or an organiser)",
            description = "A freed in-person seat goes to the oldest WAITLISTED in-person registration.")
    @APIResponse(responseCode = "200", description = "The cancelled registration",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such registration, or not yours")
    @APIResponse(responseCode = "409", description = "Already cancelled, rejected or erased")
    public RegistrationResponse cancel(@PathParam("edition") @Edition int edition,
                                       @PathParam("id") UUID id) {
        return RegistrationResponse.of(service.cancel(edition, id, caller));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.PARTICIPANT, Roles.ORGANISER})
    @Operation(summary = "Erase a registration's personal data (GDPR; its owner, or an organiser)",
            description = "Every personal field is wiped and the status becomes ERASED; the other services delete "
                    + "what they hold on participant.erased. Erasing again changes nothing.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "No such registration, or not yours")
    public Response erase(@PathParam("edition") @Edition int edition, @PathParam("id") UUID id) {
        service.erase(edition, id, caller);
        return Response.noContent().build();
    }

    // The search and the CSV export are one operation in the OpenAPI document (GET, same path, chosen by
    // Accept), which takes one method's texts: both carry the same, which describe both representations.
    private static final String SEARCH_SUMMARY = "Search registrations as JSON, or export them as CSV (organisers)";
    private static final String SEARCH_DESCRIPTION = "Filters combine; q matches name, email or organisation "
            + "(case-insensitive). JSON (the default) answers a page; Accept: text/csv answers every match, no paging.";
    private static final String SEARCH_ANSWER = "application/json: a page of registrations; "
            + "text/csv: every match as RFC 4180 CSV with a header row";

    @GET
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = SEARCH_SUMMARY, description = SEARCH_DESCRIPTION)
    @APIResponse(responseCode = "200", description = SEARCH_ANSWER,
            content = @Content(schema = @Schema(implementation = RegistrationPage.class)))
    public PageResponse<RegistrationResponse> list(@PathParam("edition") @Edition int edition,
                                                   @BeanParam @Valid Filter filter,
                                                   @BeanParam @Valid PageRequest page) {
        return PageResponse.of(queries.search(edition, filter.toFilter(), page.page, page.size),
                RegistrationResponse::of);
    }

    @GET
    @Produces("text/csv;qs=0.5") // JSON stays the answer to Accept: */*; CSV only when asked for
    @RolesAllowed(Roles.ORGANISER)
    @Operation(summary = SEARCH_SUMMARY, description = SEARCH_DESCRIPTION)
    @APIResponse(responseCode = "200", description = SEARCH_ANSWER, content = @Content(mediaType = "text/csv"))
    public Response export(@PathParam("edition") @Edition int edition,
                           @BeanParam @Valid Filter filter) {
        String csv = RegistrationCsv.write(queries.export(edition, filter.toFilter()).stream()
                .map(RegistrationResponse::of).toList());
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"registrations-" + edition + ".csv\"")
                .build();
    }

    /** The organiser's search filters. */
    public static class Filter {
        @QueryParam("status")
        public RegistrationStatus status;
        @QueryParam("stakeholderGroup")
        public StakeholderGroup stakeholderGroup;
        @QueryParam("country")
        @CountryCode
        public String country;
        @QueryParam("attendance")
        public Attendance attendance;
        @QueryParam("q")
        @Size(max = 100)
        public String q;

        RegistrationFilter toFilter() {
            return new RegistrationFilter(status, stakeholderGroup, country, attendance, q);
        }
    }

    /** For the OpenAPI document: the list shape with its item type. */
    @Schema(name = "RegistrationPage")
    public record RegistrationPage(java.util.List<RegistrationResponse> items, int page, int size, long total) {
    }
}

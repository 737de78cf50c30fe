package org.wsis.web.pages.me;

import org.wsis.web.pages.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.wsis.web.WebConfig;
import org.wsis.web.clients.RegistrationApi;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.clients.registration.Registration;
import org.wsis.web.clients.registration.RegistrationPatch;
import org.wsis.web.i18n.Languages;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signed-in participant's registration for the edition: what they gave and where it stands, the form
 * to register (again), to change it, to cancel it and to erase their data.
 */
@Path("/me")
@RolesAllowed("participant")
@Produces(MediaType.TEXT_HTML)
public class MyRegistration {

    /** The notices a page shows after a Post/Redirect/Get, by the query parameter that asks for them. */
    static final List<String> NOTICES = List.of("registered", "updated", "cancelled", "erased");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(RegistrationView view, String notice);

        static native TemplateInstance form(FormView view);

        static native TemplateInstance cancel(RegistrationView view, ServiceProblem problem);

        static native TemplateInstance erase(RegistrationView view, Map<String, String> errors,
                                             ServiceProblem problem);
    }

    private final RegistrationApi registrations;
    private final WebConfig config;
    private final Languages languages;
    private final SecurityIdentity identity;

    public MyRegistration(@RestClient RegistrationApi registrations, WebConfig config, Languages languages,
                          SecurityIdentity identity) {
        this.registrations = registrations;
        this.config = config;
        this.languages = languages;
        this.identity = identity;
    }

    @GET
    public TemplateInstance overview(@Context UriInfo uri) {
        String notice = notice(uri);
        return mine().map(r -> page(Templates.overview(RegistrationView.of(r, languages.current()), notice)))
                .orElseGet(() -> page(Templates.form(newForm(prefilled(), Map.of(), null, notice))));
    }

    @GET
    @Path("register")
    public Object registerForm() {
        Optional<Registration> current = mine();
        if (current.isPresent() && RegistrationView.of(current.get(), languages.current()).live()) {
            return Response.seeOther(URI.create("/me")).build();
        }
        // after a cancellation the data is still there: offer it again (consent is asked again)
        RegistrationForm form = current.filter(r -> !"ERASED".equals(r.status()))
                .map(r -> RegistrationForm.of(r).withoutConsent()).orElseGet(this::prefilled);
        return page(Templates.form(newForm(form, Map.of(), null, null)));
    }

    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@BeanParam RegistrationFields fields) {
        RegistrationForm form = fields.toForm();
        try {
            registrations.register(config.edition(), form.toRequest());
            return Response.seeOther(URI.create("/me?registered")).build();
        } catch (ServiceProblem problem) {
            return Pages.refused(problem, page(Templates.form(newForm(form, problem.fieldMessages(), problem, null))));
        }
    }

    @GET
    @Path("edit")
    public Object editForm() {
        Optional<Registration> current = mine().filter(r -> RegistrationView.of(r, languages.current()).live());
        if (current.isEmpty()) {
            return Response.seeOther(URI.create("/me")).build();
        }
        return page(Templates.form(editForm(RegistrationForm.of(current.get()), Map.of(), null)));
    }

    @POST
    @Path("edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@BeanParam RegistrationFields fields) {
        Optional<Registration> current = mine();
        if (current.isEmpty()) {
            return Response.seeOther(URI.create("/me")).build();
        }
        Registration now = current.get();
        // the stakeholder group is not the participant's to change: the form shows the one held
        RegistrationForm typed = fields.toForm();
        RegistrationForm form = new RegistrationForm(typed.firstName(), typed.lastName(), typed.email(),
                typed.organisation(), typed.jobTitle(), typed.country(), now.stakeholderGroup(), typed.attendance(),
                typed.visaSupportRequested(), typed.nationality(), typed.accessibilityNeeds(), true);
        RegistrationPatch patch = form.toPatch(now);
        if (RegistrationForm.isEmpty(patch)) {
            return Response.seeOther(URI.create("/me")).build();
        }
        try {
            registrations.update(config.edition(), now.id(), patch);
            return Response.seeOther(URI.create("/me?updated")).build();
        } catch (ServiceProblem problem) {
            return Pages.refused(problem, page(Templates.form(editForm(form, problem.fieldMessages(), problem))));
        }
    }

    @GET
    @Path("cancel")
    public Object cancelPage() {
        Optional<RegistrationView> live = mine().map(r -> RegistrationView.of(r, languages.current()))
                .filter(RegistrationView::live);
        if (live.isEmpty()) {
            return Response.seeOther(URI.create("/me")).build();
        }
        return page(Templates.cancel(live.get(), null));
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel() {
        Optional<Registration> current = mine();
        if (current.isEmpty()) {
            return Response.seeOther(URI.create("/me")).build();
        }
        try {
            registrations.cancel(config.edition(), current.get().id());
            return Response.seeOther(URI.create("/me?cancelled")).build();
        } catch (ServiceProblem problem) {
            RegistrationView view = RegistrationView.of(current.get(), languages.current());
            return Pages.refused(problem, page(Templates.cancel(view, problem)));
        }
    }

    @GET
    @Path("erase")
    public Object erasePage() {
        Optional<RegistrationView> erasable = mine().map(r -> RegistrationView.of(r, languages.current()))
                .filter(RegistrationView::canErase);
        if (erasable.isEmpty()) {
            return Response.seeOther(URI.create("/me")).build();
        }
        return page(Templates.erase(erasable.get(), Map.of(), null));
    }

    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(@RestForm String understood) {
        Optional<Registration> current = mine();
        if (current.isEmpty()) {
            return Response.seeOther(URI.create("/me")).build();
        }
        RegistrationView view = RegistrationView.of(current.get(), languages.current());
        if (!"true".equalsIgnoreCase(understood) && !"on".equalsIgnoreCase(understood)) {
            Map<String, String> errors = Map.of("understood", MeTexts.of(languages).erase_understood_missing());
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page(Templates.erase(view, errors, null))).build();
        }
        try {
            registrations.erase(config.edition(), current.get().id());
            return Response.seeOther(URI.create("/me?erased")).build();
        } catch (ServiceProblem problem) {
            return Pages.refused(problem, page(Templates.erase(view, problem.fieldMessages(), problem)));
        }
    }

    /** The participant's latest registration for the edition; none (404) is a form to fill in. */
    private Optional<Registration> mine() {
        try {
            return Optional.of(registrations.mine(config.edition()));
        } catch (ServiceProblem problem) {
            if (problem.status() == 404) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    private FormView newForm(RegistrationForm form, Map<String, String> errors, ServiceProblem problem,
                             String notice) {
        return new FormView(false, form, errors, problem, Countries.in(languages.current()),
                FormView.STAKEHOLDER_GROUPS, FormView.ATTENDANCES, notice);
    }

    private FormView editForm(RegistrationForm form, Map<String, String> errors, ServiceProblem problem) {
        return new FormView(true, form, errors, problem, Countries.in(languages.current()),
                FormView.STAKEHOLDER_GROUPS, FormView.ATTENDANCES, null);
    }

    /** Names and email from the ID token, when the identity provider gave them. */
    private RegistrationForm prefilled() {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return RegistrationForm.empty(token.getClaim("given_name"), token.getClaim("family_name"),
                    token.getClaim("email"));
        }
        return RegistrationForm.empty(null, null, null);
    }

    private static String notice(UriInfo uri) {
        return NOTICES.stream().filter(uri.getQueryParameters()::containsKey).findFirst().orElse(null);
    }

    /** In the page's language (the language links' choice, else the browser's): messages and labels alike. */
    private TemplateInstance page(TemplateInstance template) {
        return Pages.localized(template, languages);
    }
}

package org.wsis.web.pages;

import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.wsis.web.WebConfig;
import org.wsis.web.clients.ServiceProblem;
import org.wsis.web.i18n.Labels;
import org.wsis.web.i18n.Languages;
import org.wsis.web.i18n.Msg;

import java.net.URI;

/**
 * What a visitor sees when a page cannot be built: a service's refusal in its own words, a calm "try again
 * in N seconds" when a service sheds load (429, 503) or cannot be reached, and sign-in again when the
 * session's token no longer opens the service.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private final Template error;
    private final Languages languages;
    private final WebConfig config;

    public ErrorPages(Template error, Languages languages, WebConfig config) {
        this.error = error;
        this.languages = languages;
        this.config = config;
    }

    @ServerExceptionMapper
    public Response problem(ServiceProblem problem) {
        if (problem.status() == 401) {
            return Response.seeOther(URI.create("/sign-in")).build();
        }
        Msg msg = msg();
        int status = problem.status();
        String message = switch (status) {
            case 429, 503 -> msg.error_busy(problem.retryAfterSeconds().orElse(config.unreachableRetrySeconds()));
            case 403 -> msg.error_forbidden();
            case 404 -> msg.error_not_found();
            default -> Labels.problemIn(problem, languages.current());
        };
        Response.ResponseBuilder answer = Response.status(status >= 500 && status != 503 ? 502 : status)
                .type(MediaType.TEXT_HTML_TYPE).entity(page(message));
        problem.retryAfterSeconds().ifPresent(seconds -> answer.header("Retry-After", seconds));
        return answer.build();
    }

    /** A signed-in person on a page of another role: the page says so, in their language (403). */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException refused) {
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE).entity(page(msg().error_forbidden())).build();
    }

    /** A service down or unreachable: the page says when to try again, the log says which. */
    @ServerExceptionMapper
    public Response unreachable(ProcessingException failure) {
        LOG.warnf("a service could not be reached: %s", failure.getMessage());
        Msg msg = msg();
        int seconds = config.unreachableRetrySeconds();
        return Response.status(503).header("Retry-After", seconds).type(MediaType.TEXT_HTML_TYPE)
                .entity(page(msg.error_unavailable(seconds))).build();
    }

    private Msg msg() {
        return MessageBundles.get(Msg.class, Localized.Literal.of(languages.current().toLanguageTag()));
    }

    private String page(String message) {
        TemplateInstance page = error.data("message", message).setLocale(languages.current());
        return page.render();
    }
}

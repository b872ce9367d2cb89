package org.recourse.platform.rest;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.persistence.DatabaseUnavailable;
import org.recourse.platform.persistence.StorageFull;
import org.recourse.platform.ratelimit.TooManySubmissionsException;

/** Turns every error the API can meet into a problem document, in the caller's language. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    static Messages messages(HttpHeaders headers) {
        return Messages.in(Messages.fromAcceptLanguage(headers == null ? null : headers.getHeaderString("Accept-Language")));
    }

    /** Errors JAX-RS itself raises: wrong media type, method or path. */
    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException exception) {
            Messages messages = messages(headers);
            int status = exception.getResponse().getStatus();
            String key;
            if (exception instanceof NotSupportedException) {
                key = "error.unsupportedMediaType";
            } else if (exception instanceof NotAllowedException) {
                key = "error.methodNotAllowed";
            } else if (exception instanceof NotFoundException) {
                key = "error.notFound";
            } else if (exception instanceof BodyTooLargeException) {
                key = "error.tooLarge";
            } else {
                key = status >= 500 ? "error.internal" : "error.badRequest";
            }
            Response problem = Problem.of(status, messages.get(key + ".title"), messages.get(key + ".detail")).toResponse();
            if (exception instanceof NotAllowedException) {
                return Response.fromResponse(problem).allow(exception.getResponse().getAllowedMethods()).build();
            }
            return problem;
        }
    }

    /** A client over its submission limit, whichever resource it came through: 429 with Retry-After. */
    @Provider
    public static class TooManySubmissionsMapper implements ExceptionMapper<TooManySubmissionsException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(TooManySubmissionsException refused) {
            Messages messages = messages(headers);
            Response problem = Problem.of(429, messages.get("error.rateLimited.title"),
                    messages.get("error.rateLimited.detail", refused.retryAfterMinutes())).toResponse();
            return Response.fromResponse(problem).header("Retry-After", refused.retryAfterSeconds()).build();
        }
    }

    /**
     * The database out of reach (stopped, restarting, the pool empty): 503 with Retry-After, saying nothing was
     * stored, as the request's transaction did not commit (the rare commit whose acknowledgement was lost with the
     * connection is the exception: a report sent again is then a second report of the same items, on the same case).
     * Logged as an outage, not as a bug.
     */
    static Response databaseUnavailable(HttpHeaders headers, RuntimeException exception) {
        DatabaseUnavailable.answered("the API", exception);
        Messages messages = messages(headers);
        Response problem = Problem.of(503, messages.get("error.databaseUnavailable.title"),
                messages.get("error.databaseUnavailable.detail", DatabaseUnavailable.RETRY_AFTER_SECONDS)).toResponse();
        return Response.fromResponse(problem).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .header("Cache-Control", "no-store").build();
    }

    /**
     * A write refused because the disk under the database or the data folder is full: nothing was stored (the
     * transaction rolled back), so the client is told to send it again later, with a log line for the operator.
     */
    static Response storageFull(Messages messages, RuntimeException exception) {
        StorageFull.logRefusal("an API request", exception, java.time.Instant.now());
        Response problem = Problem.of(503, messages.get("error.storageFull.title"),
                messages.get("error.storageFull.detail", StorageFull.RETRY_AFTER_SECONDS / 60)).toResponse();
        return Response.fromResponse(problem).header("Retry-After", StorageFull.RETRY_AFTER_SECONDS)
                .header("Cache-Control", "no-store").build();
    }

    /**
     * A transaction the container could not commit or roll back ({@code @Transactional} wraps that in a
     * {@link TransactionalException}). Jersey brings a mapper of its own for it that rethrows, which Jersey then
     * answers with a bare {@code 500} page; this one is chosen instead (same type, higher priority) so that a commit
     * that failed because PostgreSQL went away mid-request is a {@code 503} like any other outage (seen under the fault
     * harness: a screen's read-only transaction losing its connection at commit), and anything else is a problem
     * document like every other error.
     */
    @Provider
    @Priority(Priorities.USER - 1000)
    public static class TransactionalMapper implements ExceptionMapper<TransactionalException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(TransactionalException exception) {
            for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof WebApplicationException web) {
                    WebApplicationMapper mapper = new WebApplicationMapper();
                    mapper.headers = headers;
                    return mapper.toResponse(web);
                }
            }
            UnexpectedMapper mapper = new UnexpectedMapper();
            mapper.headers = headers;
            return mapper.toResponse(exception);
        }
    }

    /** Anything unexpected: logged here without request data, answered without internals. */
    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<RuntimeException> {

        private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RuntimeException exception) {
            if (exception instanceof WebApplicationException web) {
                return new WebApplicationMapper().toResponse(web);
            }
            if (exception instanceof TooManySubmissionsException refused) {
                TooManySubmissionsMapper mapper = new TooManySubmissionsMapper();
                mapper.headers = headers;
                return mapper.toResponse(refused);
            }
            // Storage full (FAULTS-OUTAGES, issue 18): a 503 the client may retry, not an error of ours to debug.
            if (StorageFull.causes(exception)) {
                return storageFull(messages(headers), exception);
            }
            if (DatabaseUnavailable.causedBy(exception)) {
                return databaseUnavailable(headers, exception);
            }
            LOG.log(Level.SEVERE, "Unexpected error in the API", exception);
            Messages messages = messages(headers);
            return Problem.of(500, messages.get("error.internal.title"), messages.get("error.internal.detail"))
                    .toResponse();
        }
    }
}

package org.recourse.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.persistence.DatabaseUnavailable;
import org.recourse.platform.rest.Problem;

/**
 * The error page of every exception a page or filter lets out (web.xml). A database out of reach is not a bug: the
 * reader gets {@code 503} with {@code Retry-After} and a page that says nothing was stored and to send again in a
 * minute (problem+json below /api/, for what a servlet filter raised there); anything else is the calm 500 page.
 */
@WebServlet(name = "failure", urlPatterns = FailureServlet.PATH)
public class FailureServlet extends HttpServlet {

    static final String PATH = "/WEB-INF/errors/failure";

    private static final Logger LOG = Logger.getLogger(FailureServlet.class.getName());
    static final String UNAVAILABLE_PAGE = "/WEB-INF/errors/unavailable.xhtml";
    static final String INTERNAL_PAGE = "/WEB-INF/errors/internal.xhtml";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (!(failure instanceof Throwable thrown) || !DatabaseUnavailable.causedBy(thrown)) {
            // A 500 is a bug of ours: the log keeps its whole chain (no request data), so it can be named and fixed.
            if (failure instanceof Throwable bug) {
                LOG.log(Level.SEVERE, "Unexpected error answered 500", bug);
            }
            request.getRequestDispatcher(INTERNAL_PAGE).forward(request, response);
            return;
        }
        DatabaseUnavailable.answered("a page", thrown);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        if (!isApi(request)) {
            request.getRequestDispatcher(UNAVAILABLE_PAGE).forward(request, response);
            return;
        }
        Messages messages = Messages.in(Messages.of(request));
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problem.of(503, messages.get("error.databaseUnavailable.title"),
                messages.get("error.databaseUnavailable.detail", DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .toJson().toString());
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text.substring(Math.min(text.length(),
                request.getContextPath().length())) : "";
        return path.startsWith("/api/");
    }
}

package org.recourse.staff.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.Problem;

/**
 * The error page of 401 and 403 (web.xml). The container answers those itself, before any filter or resource runs:
 * a request to the staff API without a session ({@link StaffAuthenticationMechanism} refuses it), and a signed-in
 * account whose role a security constraint does not admit. Below /api/ the answer is problem+json like every other
 * API error; elsewhere a calm page in the reader's language, instead of the server's own HTML.
 */
@WebServlet(name = "accessRefused", urlPatterns = AccessRefusedServlet.PATH)
public class AccessRefusedServlet extends HttpServlet {

    static final String PATH = "/WEB-INF/errors/access-refused";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given ? given : HttpServletResponse.SC_FORBIDDEN;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text.substring(Math.min(text.length(),
                request.getContextPath().length())) : "";
        if (!path.startsWith("/api/")) {
            request.getRequestDispatcher("/WEB-INF/errors/forbidden.xhtml").forward(request, response);
            return;
        }
        String key = status == HttpServletResponse.SC_UNAUTHORIZED ? "api.error.staff.unauthorized"
                : "api.error.staff.forbidden";
        Messages messages = Messages.in(Messages.of(request));
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(Problem.of(status, messages.get(key + ".title"), messages.get(key + ".detail"))
                .toJson().toString());
    }
}

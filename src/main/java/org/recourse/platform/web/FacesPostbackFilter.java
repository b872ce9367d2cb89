package org.recourse.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.recourse.platform.i18n.Messages;

/**
 * Form actions are POSTs. JSF treats any request that carries a view state as a postback, whatever its method, so a
 * link ({@code GET /report?...&jakarta.faces.ViewState=stateless}), which any web page can make a visitor's browser
 * follow, would run a form's action. Every faces view therefore answers 405 to a GET or HEAD that carries a JSF
 * request parameter, and to any method other than GET, HEAD and POST.
 */
@WebFilter(filterName = "facesPostbacks", asyncSupported = true)
public class FacesPostbackFilter extends HttpFilter {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");

    @Inject
    Refusals refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!METHODS.contains(method)) {
            refuse(request, response, "GET, HEAD, POST");
            return;
        }
        if (!"POST".equals(method) && carriesPostback(request.getQueryString())) {
            refuse(request, response, "POST");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the query string names a parameter of JSF's own ({@code jakarta.faces.ViewState} and the like). */
    static boolean carriesPostback(String query) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                name = pair;
            }
            if (name.startsWith("jakarta.faces.") || name.startsWith("javax.faces.")) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String allowed) throws IOException {
        Messages messages = Messages.in(Messages.of(request));
        response.setHeader("Allow", allowed);
        refusals.write(request, response, 405, messages.get("error.postbackByLink.title"),
                messages.get("error.postbackByLink.detail"));
    }
}

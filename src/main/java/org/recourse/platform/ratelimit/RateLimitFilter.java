package org.recourse.platform.ratelimit;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.Problem;

/**
 * Applies the {@link SubmissionLimiter} to report submissions (the form's POST and the API's), and refuses bodies
 * larger than any valid report could be before they are read. Refusals are 429 with Retry-After, or 413, worded
 * kindly: a person in distress may be the one who sees them.
 */
@WebFilter(filterName = "submissionLimits", urlPatterns = {"/report", "/report.xhtml", "/hash", "/hash.xhtml",
        "/api/v1/reports"})
public class RateLimitFilter extends HttpFilter {

    /** Far above any valid report (20 addresses and 4,000 characters of details), far below a denial of service. */
    public static final long MAX_BODY_BYTES = 2L * 1024 * 1024;
    private static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "recourse.http.trust-forwarded-headers", defaultValue = "false")
    boolean trustForwardedHeaders;

    @Inject
    SubmissionLimits limits;

    @Inject
    @ConfigProperty(name = "recourse.quick-exit.url")
    String quickExitUrl;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        Messages messages = Messages.in(Messages.of(request));
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            drain(request);
            response.setHeader("Connection", "close");
            refuse(response, api, 413, messages.get("error.tooLarge.title"), messages.get("error.tooLarge.detail"), messages);
            return;
        }
        SubmissionLimiter.Decision decision = limits.tryAcquire(ClientAddress.of(request, trustForwardedHeaders));
        if (!decision.allowed()) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, decision.retryAfter().toSeconds())));
            long minutes = Math.max(1, decision.retryAfter().toMinutes());
            refuse(response, api, 429, messages.get("error.rateLimited.title"),
                    messages.get("error.rateLimited.detail", minutes), messages);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Reads and drops a moderately oversized body, so that an ordinary client, still sending, receives the 413
     * instead of a reset connection; anything larger is cut off by closing the connection.
     */
    private static void drain(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_DRAINED_BYTES) {
            return;
        }
        byte[] sink = new byte[64 * 1024];
        var in = request.getInputStream();
        while (in.read(sink) != -1) {
            // discard
        }
    }

    private void refuse(HttpServletResponse response, boolean api, int status, String title, String detail,
            Messages messages) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (api) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(Problem.of(status, title, detail).toJson().toString());
            return;
        }
        response.setContentType("text/html");
        String lang = messages.locale().toLanguageTag();
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/resources/css/recourse.css\"></head><body>"
                + "<header class=\"site-header\"><a class=\"brand\" href=\"/\">Recourse</a>"
                + "<a id=\"quick-exit\" class=\"quick-exit\" rel=\"noreferrer noopener\" href=\""
                + Html.escape(quickExitUrl) + "\">" + Html.escape(messages.get("quickExit.label")) + "</a></header>"
                + "<main id=\"main\" class=\"page\">"
                + "<h1>" + Html.escape(title) + "</h1><p>" + Html.escape(detail) + "</p>"
                + "<p><a href=\"/\">" + Html.escape(messages.get("nav.home")) + "</a></p></main></body></html>");
    }

    /** Escaping for the few words this filter writes itself. */
    static final class Html {
        private Html() {
        }

        static String escape(String text) {
            StringBuilder out = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
    }
}

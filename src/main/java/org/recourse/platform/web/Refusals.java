package org.recourse.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.persistence.StorageFull;
import org.recourse.platform.ratelimit.TooManySubmissionsException;
import org.recourse.platform.rest.Problem;

/**
 * Answers a request the portal will not take (429, 413, 415, 405...) in the reader's language, worded kindly: a
 * person in distress may be the one who sees it. Under {@code /api/} a problem document; elsewhere a small page in
 * the site's frame with the way out ("Leave this site"), written here rather than by JSF, because the request is
 * refused before JSF (or anything that would read its body) runs.
 */
@ApplicationScoped
public class Refusals {

    @Inject
    @ConfigProperty(name = "recourse.quick-exit.url")
    String quickExitUrl;

    /** The refusal of a submission over the client's limit, from a filter, servlet or resource. */
    public void tooManySubmissions(HttpServletRequest request, HttpServletResponse response,
            TooManySubmissionsException refused) throws IOException {
        Messages messages = Messages.in(Messages.of(request));
        response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
        write(request, response, 429, messages.get("error.rateLimited.title"),
                messages.get("error.rateLimited.detail", refused.retryAfterMinutes()));
    }

    /** The same from a JSF action: the page is replaced by the refusal and the rest of the lifecycle skipped. */
    public void tooManySubmissions(FacesContext faces, TooManySubmissionsException refused) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseReset();
            tooManySubmissions((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                    refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /**
     * A request refused because the storage is full ({@link StorageFull}): 503 with Retry-After, in the reader's
     * language, and a log line for the operator (at most one a minute).
     */
    public void storageFull(HttpServletRequest request, HttpServletResponse response, Throwable cause)
            throws IOException {
        StorageFull.logRefusal(request.getMethod() + " " + request.getServletPath(), cause, java.time.Instant.now());
        writeStorageFull(request, response);
    }

    /** The same refusal, made before the write was tried: less than the reserve is free ({@code DiskSpaceGuard}). */
    public void storageLow(HttpServletRequest request, HttpServletResponse response, long minFreeMb)
            throws IOException {
        StorageFull.logRefusal(request.getMethod() + " " + request.getServletPath(),
                "less than the reserve of " + minFreeMb + " MB free under the data folder", java.time.Instant.now());
        writeStorageFull(request, response);
    }

    private void writeStorageFull(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Messages messages = Messages.in(Messages.of(request));
        response.setHeader("Retry-After", Long.toString(StorageFull.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        write(request, response, 503, messages.get("error.storageFull.title"),
                messages.get("error.storageFull.detail", StorageFull.RETRY_AFTER_SECONDS / 60));
    }

    /** Writes the refusal: a problem document under {@code /api/}, the calm page elsewhere (no body for HEAD). */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (isApi(request)) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(Problem.of(status, title, detail).toJson().toString());
            return;
        }
        response.setContentType("text/html");
        if (!"HEAD".equals(request.getMethod())) {
            response.getWriter().write(page(Messages.in(Messages.of(request)), request.getContextPath(), title, detail));
        }
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private String page(Messages messages, String context, String title, String detail) {
        return "<!DOCTYPE html><html lang=\"" + messages.locale().toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"referrer\" content=\"no-referrer\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>" + escape(title) + " – " + escape(messages.get("app.name")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + context + "/resources/css/recourse.css\"></head><body>"
                + "<header class=\"site-header\"><a class=\"brand\" href=\"" + context + "/\">"
                + escape(messages.get("app.name")) + "</a>"
                + "<a id=\"quick-exit\" class=\"quick-exit\" rel=\"noreferrer noopener\" href=\""
                + escape(quickExitUrl) + "\">" + escape(messages.get("quickExit.label")) + "</a></header>"
                + "<main id=\"main\" class=\"page\">"
                + "<h1>" + escape(title) + "</h1><p>" + escape(detail) + "</p>"
                + "<p><a href=\"" + context + "/\">" + escape(messages.get("nav.home")) + "</a></p></main></body></html>";
    }

    /** Escaping for the few words written here. */
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

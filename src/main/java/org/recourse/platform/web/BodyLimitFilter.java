package org.recourse.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.BodyLimitExceeded;

/**
 * Every request body has a limit ({@link BodyLimits}), enforced before and while it is read, whatever its framing:
 * a Content-Length over the limit is refused at once, and a chunked body is counted as it is read
 * ({@link LimitedBody}) and refused at the first byte over. Multipart bodies are refused outside the few addresses that
 * take them. Each refusal is answered 413 (or 415, 411) with the connection closed, so the rest is never read; the
 * bundled listener closes any connection whose unread rest is more than 64 KB
 * ({@code max-swallowing-input-bytes} in {@code src/main/payara/pre-boot-commands.txt}).
 */
@WebFilter(filterName = "bodyLimits", asyncSupported = true)
public class BodyLimitFilter extends HttpFilter {

    /** How far over its limit a declared body may be and still be read (and dropped) before the 413. */
    static final long MAX_DRAINED_BYTES = 1024 * 1024;

    @Inject
    Refusals refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        // HTTP/1.1 without a length has a body only when chunked; HTTP/2 frames a body without saying its length.
        boolean unknownLength = length < 0 && (isChunked(request) || request.getProtocol().startsWith("HTTP/2"));
        if (length <= 0 && !unknownLength) {
            chain.doFilter(request, response);
            return;
        }
        String path = pathOf(request);
        BodyLimits.Limit limit = BodyLimits.forPath(path);
        if (refusedUnread(request, response, path, limit, unknownLength)) {
            return;
        }
        LimitedBody limited = new LimitedBody(request, limit.maxBytes());
        if (unknownLength && isForm(request) && !Refusals.isApi(request)) {
            try {
                limited.readForm();
            } catch (BodyLimitExceeded e) {
                tooLarge(request, response, path, limit);
                return;
            }
        }
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!limited.exceeded() && !BodyLimitExceeded.isIn(e)) {
                throw e;
            }
        }
        if (limited.exceeded() && !response.isCommitted() && response.getStatus() != 413) {
            response.reset();
            tooLarge(request, response, path, limit);
        }
    }

    /** Refuses, before reading a byte, a multipart body where none is taken, one of unknown length, or one too long. */
    private boolean refusedUnread(HttpServletRequest request, HttpServletResponse response, String path,
            BodyLimits.Limit limit, boolean unknownLength) throws IOException {
        boolean multipart = contentType(request).startsWith("multipart/");
        if (multipart && !limit.multipart()) {
            refuse(request, response, 415, "error.multipartRefused.title", "error.multipartRefused.detail");
        } else if (multipart && unknownLength) {
            // The container parses multipart from its own buffer, which no wrapper can count: a browser always sends
            // a form's length, and only a length can be checked before anything is read.
            refuse(request, response, 411, "error.lengthRequired.title", "error.lengthRequired.detail");
        } else if (request.getContentLengthLong() > limit.maxBytes()) {
            drainSlightlyOver(request, limit);
            tooLarge(request, response, path, limit);
        } else {
            return false;
        }
        return true;
    }

    /**
     * A body declared at most a megabyte over its limit is read and dropped first, so an ordinary client that is still
     * sending reads the 413 rather than a reset connection; anything larger is not read at all.
     */
    private static void drainSlightlyOver(HttpServletRequest request, BodyLimits.Limit limit) {
        if (request.getContentLengthLong() - limit.maxBytes() > MAX_DRAINED_BYTES) {
            return;
        }
        byte[] buffer = new byte[8192];
        try (var in = request.getInputStream()) {
            while (in.read(buffer) != -1) {
                // dropped
            }
        } catch (IOException e) {
            // the client gone: nothing to answer
        }
    }

    /**
     * A form POST of unknown length is read here, within the limit: the container would parse it from its own buffer,
     * past the count (or, over HTTP/2, not at all).
     */
    private static boolean isForm(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && contentType(request).startsWith("application/x-www-form-urlencoded");
    }

    private static String contentType(HttpServletRequest request) {
        return request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, String path,
            BodyLimits.Limit limit) throws IOException {
        Messages messages = Messages.in(Messages.of(request));
        boolean report = path.startsWith("/api/v1/reports") || path.startsWith("/report");
        String detail = report ? messages.get("error.tooLarge.detail")
                : messages.get("error.bodyTooLarge.detail", readable(limit.maxBytes(), messages));
        response.setHeader("Connection", "close");
        refusals.write(request, response, 413, messages.get("error.tooLarge.title"), detail);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
            String detailKey) throws IOException {
        Messages messages = Messages.in(Messages.of(request));
        response.setHeader("Connection", "close");
        refusals.write(request, response, status, messages.get(titleKey), messages.get(detailKey));
    }

    /** 64 KB, 2 MB (64 Ko, 2 Mo): sizes as a person reads them. */
    static String readable(long bytes, Messages messages) {
        return bytes >= 1024 * 1024 ? messages.get("size.megabytes", bytes / (1024 * 1024))
                : messages.get("size.kilobytes", bytes / 1024);
    }

    private static boolean isChunked(HttpServletRequest request) {
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    /** The path the container routes by (decoded and normalised), without the context path. */
    static String pathOf(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        return request.getPathInfo() == null ? servletPath : servletPath + request.getPathInfo();
    }
}

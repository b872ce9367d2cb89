package org.recourse.review.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recourse.cases.CaseActionRefusedException;
import org.recourse.cases.Reviewer;
import org.recourse.platform.web.ContentSecurityPolicy;
import org.recourse.platform.web.RequestContext;
import org.recourse.review.BlurredRendering;
import org.recourse.review.ReviewService;

/**
 * A case item's file for signed-in staff (web.xml protects /staff/*), whatever its visibility. {@code /staff/media/{item}}
 * is always the server's small blurred rendering. {@code /staff/media/{item}/full} is the file itself, only for a
 * reviewer the case lets look in full who revealed the item in this session, audited on every answer: a picture
 * (by its bytes) inline as what its bytes are, anything else only as a download of opaque bytes. Every answer here
 * runs under the sandboxing policy of {@link org.recourse.platform.web.ContentSecurityPolicy#MEDIA}, never cached.
 */
@WebServlet(name = "staffMedia", urlPatterns = "/staff/media/*")
public class StaffMediaServlet extends HttpServlet {

    private static final Pattern RENDERING = Pattern.compile("/(\\d{1,18})");
    private static final Pattern FULL = Pattern.compile("/(\\d{1,18})/full");

    @Inject
    RequestContext context;

    @Inject
    ReviewService review;

    @Inject
    RevealedItems revealed;

    @Inject
    java.time.Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        // The filter sets this policy by path too; set here as well, so that no spelling of the address escapes it.
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.MEDIA);
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher rendering = RENDERING.matcher(path);
        Matcher full = FULL.matcher(path);
        if (rendering.matches()) {
            sendRendering(Long.parseLong(rendering.group(1)), response);
        } else if (full.matches()) {
            sendFull(Long.parseLong(full.group(1)), request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void sendRendering(long itemId, HttpServletResponse response) throws IOException {
        Optional<byte[]> file = review.storedFile(itemId);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(response, "image/png", "inline", BlurredRendering.of(file.get()));
    }

    private void sendFull(long itemId, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!revealed.contains(itemId, clock.instant())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Optional<ReviewService.FullSize> file;
        try {
            file = review.fullSize(itemId, Reviewer.of(context.staffName(), context::hasRole));
        } catch (CaseActionRefusedException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (file.get().raster() != null) {
            send(response, file.get().raster().mediaType(), "inline", file.get().bytes());
        } else {
            send(response, "application/octet-stream", "attachment; filename=\"item-" + itemId + ".bin\"",
                    file.get().bytes());
        }
    }

    private static void send(HttpServletResponse response, String type, String disposition, byte[] bytes)
            throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", disposition);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}

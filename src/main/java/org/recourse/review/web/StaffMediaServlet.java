package org.recourse.review.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.recourse.content.ContentService;
import org.recourse.review.ReviewService;

/**
 * Serves a case item's bytes to signed-in staff (web.xml protects /staff/*), whatever its visibility, so reviewers
 * can see what is hidden from everyone else. Only items on a case, never cached.
 */
@WebServlet(name = "staffMedia", urlPatterns = "/staff/media/*")
public class StaffMediaServlet extends HttpServlet {

    @Inject
    ReviewService review;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<ContentService.Media> media = path.matches("\\d{1,18}")
                ? review.media(Long.parseLong(path)) : Optional.empty();
        if (media.isEmpty() || media.get().bytes() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(media.get().mediaType());
        response.setHeader("Content-Disposition", "inline");
        response.setContentLength(media.get().bytes().length);
        response.getOutputStream().write(media.get().bytes());
    }
}

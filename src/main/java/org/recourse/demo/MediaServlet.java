package org.recourse.demo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentService;
import org.recourse.platform.i18n.Messages;

/**
 * Serves the demo platform's media at /media/{content id}. Before each picture it asks Recourse's visibility API, as
 * a real platform would: items it may serve get their bytes; hidden or removed items (and any item, if the API could
 * not be asked) get 451 Unavailable For Legal Reasons with a calm placeholder. Nothing is ever cacheable, so no cache
 * can keep serving an item after it is hidden.
 */
@WebServlet(name = "media", urlPatterns = "/media/*")
public class MediaServlet extends HttpServlet {

    static final int UNAVAILABLE_FOR_LEGAL_REASONS = 451;

    @Inject
    ContentService content;

    @Inject
    DemoPlatform platform;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<ContentService.Media> media = ContentItem.PLATFORM_ID.matcher(id).matches()
                ? content.media(id) : Optional.empty();
        if (media.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!platform.served(java.util.List.of(id), ownApi(request)).contains(id) || media.get().bytes() == null) {
            placeholder(request, response);
            return;
        }
        response.setContentType(media.get().mediaType());
        response.setContentLength(media.get().bytes().length);
        response.getOutputStream().write(media.get().bytes());
    }

    /** This server's own API, asked over loopback like any client would ask it. */
    static String ownApi(HttpServletRequest request) {
        return "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
    }

    private static void placeholder(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Messages messages = Messages.in(Messages.of(request));
        byte[] svg = Placeholder.svg(messages.get("media.unavailable")).getBytes(StandardCharsets.UTF_8);
        response.setStatus(UNAVAILABLE_FOR_LEGAL_REASONS);
        // RFC 7725: the party that asked for the block. Here, the platform's own trust & safety process.
        response.setHeader("Link", "<" + request.getContextPath() + "/>; rel=\"blocked-by\"");
        response.setContentType("image/svg+xml;charset=UTF-8");
        response.setContentLength(svg.length);
        response.getOutputStream().write(svg);
    }

    /** A quiet grey card with one line of text, in place of the item. */
    static final class Placeholder {
        private Placeholder() {
        }

        static String svg(String text) {
            String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"480\" viewBox=\"0 0 640 480\" "
                    + "role=\"img\" aria-label=\"" + escaped.replace("\"", "&quot;") + "\">"
                    + "<rect width=\"640\" height=\"480\" fill=\"#e8ebee\"/>"
                    + "<text x=\"320\" y=\"248\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"24\" "
                    + "fill=\"#3d4852\">" + escaped + "</text></svg>";
        }
    }
}

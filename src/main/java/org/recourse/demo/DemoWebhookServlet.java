package org.recourse.demo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.recourse.webhook.WebhookSignature;

/**
 * The demo platform's webhook receiver at /demo/webhooks: 204 for an event it verified (or had already), 401 for a
 * message whose signature or time is wrong, 413 for a body far larger than any event.
 */
@WebServlet(name = "demoWebhooks", urlPatterns = "/demo/webhooks")
public class DemoWebhookServlet extends HttpServlet {

    private static final int MAX_BODY = 64 * 1024;

    @Inject
    DemoPlatform platform;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        boolean accepted = platform.receive(request.getHeader(WebhookSignature.HEADER),
                new String(body, StandardCharsets.UTF_8));
        response.setStatus(accepted ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_UNAUTHORIZED);
    }
}

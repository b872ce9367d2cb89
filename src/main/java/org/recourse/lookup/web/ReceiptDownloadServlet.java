package org.recourse.lookup.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.recourse.intake.Receipt;
import org.recourse.intake.IntakeService;
import org.recourse.intake.web.ReceiptView;
import org.recourse.platform.i18n.Messages;
import org.recourse.cases.StrikePolicy;
import org.recourse.platform.settings.PortalSettings;
import org.recourse.platform.web.RequestContext;

/**
 * Sends the reference as a small text file to keep. It answers a POST from the confirmation page, so that the
 * reference never appears in an address bar or the browser's history.
 */
@WebServlet(name = "receiptDownload", urlPatterns = "/receipt")
public class ReceiptDownloadServlet extends HttpServlet {

    @Inject
    IntakeService intake;

    @Inject
    PortalSettings settings;

    @Inject
    StrikePolicy sanctions;

    @Inject
    org.recourse.lookup.LookupGuard guard;

    @Inject
    RequestContext context;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Messages messages = context.messages();
        // Through the guard like every look-up by reference, so this address cannot be used to try references.
        org.recourse.lookup.LookupResult<Receipt> answer = guard.lookUp(request.getParameter("reference"),
                context.clientAddress(), intake::receiptFor);
        if (!(answer instanceof org.recourse.lookup.LookupResult.Found<Receipt> found)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReceiptView view = new ReceiptView(found.value(), settings, sanctions, messages);
        byte[] text = view.asText().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"report-" + view.reference() + ".txt\"");
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
    }
}

package org.recourse.intake.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.recourse.intake.InvalidReferenceException;
import org.recourse.intake.Receipt;
import org.recourse.intake.Reference;
import org.recourse.intake.IntakeService;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.settings.PortalSettings;

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

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Messages messages = Messages.in(Messages.fromAcceptLanguage(request.getHeader("Accept-Language")));
        Optional<Receipt> receipt;
        try {
            receipt = intake.receiptFor(Reference.parse(request.getParameter("reference")));
        } catch (InvalidReferenceException e) {
            receipt = Optional.empty();
        }
        if (receipt.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReceiptView view = new ReceiptView(receipt.get(), settings, messages);
        byte[] text = view.asText().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"report-" + view.reference() + ".txt\"");
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
    }
}

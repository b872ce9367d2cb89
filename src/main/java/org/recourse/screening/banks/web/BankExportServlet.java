package org.recourse.screening.banks.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.recourse.platform.web.RequestContext;
import org.recourse.screening.banks.BankFile;
import org.recourse.screening.banks.HashBanks;
import org.recourse.screening.banks.ListFormat;

/**
 * Downloads a bank as CSV or JSON lines, or with {@code feedback=1} a partner bank's feedback (the entries reviewers
 * rejected) in the format its list came in (supervisors and admins, by web.xml's /staff/supervise/*). Audited.
 */
@WebServlet(name = "bankExport", urlPatterns = "/staff/supervise/banks/export")
public class BankExportServlet extends HttpServlet {

    @Inject
    RequestContext context;

    @Inject
    HashBanks banks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("bank");
        if (id == null || !id.matches("\\d{1,9}") || banks.bank(Long.parseLong(id)).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if ("1".equals(request.getParameter("feedback"))) {
            feedback(Long.parseLong(id), response);
            return;
        }
        boolean json = BankFile.isJsonLines(request.getParameter("format"));
        response.setContentType((json ? "application/x-ndjson" : "text/csv") + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bank-" + id + (json ? ".jsonl" : ".csv") + "\"");
        PrintWriter out = response.getWriter();
        try {
            banks.export(Long.parseLong(id), json, line -> out.print(line + "\n"), context.staffName());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    private void feedback(long bankId, HttpServletResponse response) throws IOException {
        ListFormat format = banks.feedbackFormat(bankId);
        response.setContentType(format.mediaType() + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bank-" + bankId + "-feedback."
                + format.extension() + "\"");
        PrintWriter out = response.getWriter();
        banks.feedback(bankId, line -> out.print(line + "\n"), context.staffName());
        out.flush();
    }
}

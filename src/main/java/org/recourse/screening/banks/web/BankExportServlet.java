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

/** Downloads a bank as CSV or JSON lines (supervisors and admins, by web.xml's /staff/supervise/*). Audited. */
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
}

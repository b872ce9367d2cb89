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
import org.recourse.screening.banks.PartnerBanks;

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

    @Inject
    PartnerBanks partners;

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
        String entry = request.getParameter("entry");
        if (entry != null) {
            video(Long.parseLong(id), entry, response);
            return;
        }
        ListFormat format = format(request.getParameter("format"));
        response.setContentType(format.mediaType() + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bank-" + id + "." + format.extension()
                + "\"");
        PrintWriter out = response.getWriter();
        try {
            banks.export(Long.parseLong(id), format, line -> out.print(line + "\n"), context.staffName());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /** The format asked for: csv, jsonl, te-signals, te-csv, te-jsonl or te-json (CSV if none or another). */
    static ListFormat format(String name) {
        String value = name == null ? "" : name;
        return switch (value) {
            case "te-signals" -> ListFormat.TE_SIGNALS;
            case "te-csv" -> ListFormat.TE_QUERY_CSV;
            case "te-jsonl" -> ListFormat.TE_QUERY_JSON_LINES;
            case "te-json" -> ListFormat.TE_DESCRIPTORS;
            default -> BankFile.isJsonLines(value) ? ListFormat.RECOURSE_JSON_LINES : ListFormat.RECOURSE_CSV;
        };
    }

    /** One video entry in the vPDQ reference's hash file ({@code entry=<id>}). */
    private void video(long bankId, String entry, HttpServletResponse response) throws IOException {
        if (!entry.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StringBuilder text = new StringBuilder();
        if (!banks.exportVideo(bankId, Long.parseLong(entry), line -> text.append(line).append('\n'),
                context.staffName())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bank-" + bankId + "-video-" + entry
                + ".txt\"");
        response.getWriter().print(text);
    }

    private void feedback(long bankId, HttpServletResponse response) throws IOException {
        ListFormat format = partners.feedbackFormat(bankId);
        response.setContentType(format.mediaType() + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"bank-" + bankId + "-feedback."
                + format.extension() + "\"");
        PrintWriter out = response.getWriter();
        partners.feedback(bankId, line -> out.print(line + "\n"), context.staffName());
        out.flush();
    }
}

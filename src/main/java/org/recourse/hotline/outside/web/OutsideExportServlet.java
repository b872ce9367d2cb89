package org.recourse.hotline.outside.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.recourse.hotline.outside.OutsideAddress;
import org.recourse.hotline.outside.OutsideAddressService;
import org.recourse.hotline.outside.OutsideExport;
import org.recourse.platform.web.RequestContext;

/**
 * Downloads the outside addresses for a hotline's bulk submission: {@code format=txt} (one URL a line) or {@code csv}
 * (url, host, first reported, case number, category), with the page's filters ({@code unreferred=1}, {@code host=}).
 * Never anything about reporters. Audited. Supervisors and admins, by web.xml.
 */
@WebServlet(name = "outsideExport", urlPatterns = "/staff/supervise/outside/export")
public class OutsideExportServlet extends HttpServlet {

    @Inject
    RequestContext context;

    @Inject
    OutsideAddressService service;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String host = request.getParameter("host");
        OutsideAddressService.Filter filter = new OutsideAddressService.Filter(
                "1".equals(request.getParameter("unreferred")), host == null || host.length() > 253 ? null : host);
        boolean csv = "csv".equals(request.getParameter("format"));
        List<OutsideAddress> addresses = service.addresses(filter);
        service.exported(context.staffName(), csv ? "csv" : "txt", filter, addresses.size());
        response.setContentType((csv ? "text/csv" : "text/plain") + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"outside-addresses." + (csv ? "csv" : "txt")
                + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        PrintWriter out = response.getWriter();
        // CSV lines end in CRLF (RFC 4180); the plain list in LF.
        String end = csv ? "\r\n" : "\n";
        if (csv) {
            OutsideExport.csv(addresses, line -> out.print(line + end));
        } else {
            OutsideExport.plain(addresses, line -> out.print(line + end));
        }
        out.flush();
    }
}

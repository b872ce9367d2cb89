package org.recourse.dashboard.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.recourse.dashboard.Dashboard;
import org.recourse.dashboard.DashboardService;

/** The dashboard's numbers as CSV, for staff (below /staff, so web.xml requires a signed-in staff member). */
@WebServlet(name = "dashboardCsv", urlPatterns = "/staff/dashboard.csv")
public class DashboardCsvServlet extends HttpServlet {

    @Inject
    DashboardService dashboards;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Dashboard dashboard = dashboards.lastSevenDays();
        byte[] csv = DashboardService.csv(dashboard).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"recourse-" + dashboard.from() + "-to-"
                + dashboard.to() + ".csv\"");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}

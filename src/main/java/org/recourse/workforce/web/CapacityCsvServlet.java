package org.recourse.workforce.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.recourse.workforce.CapacityService;

/** The capacity forecast as CSV, for staff (below /staff, so web.xml requires a signed-in staff member). */
@WebServlet(name = "capacityCsv", urlPatterns = "/staff/capacity.csv")
public class CapacityCsvServlet extends HttpServlet {

    @Inject
    CapacityService capacity;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CapacityService.Forecast forecast = capacity.coming();
        byte[] csv = CapacityService.csv(forecast).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"recourse-capacity-" + forecast.first()
                + ".csv\"");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}

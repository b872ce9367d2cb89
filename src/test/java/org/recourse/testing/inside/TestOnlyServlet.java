package org.recourse.testing.inside;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.recourse.evidence.RecordReported;

/**
 * {@code POST /test-only/clock?advance=P1D} moves the application's clock forward and answers the new time;
 * {@code GET /test-only/clock} answers it; {@code POST /test-only/report?record=7&kind=HOTLINE_REPORT} fires
 * {@link RecordReported}. In test deployments only.
 */
@WebServlet("/test-only/*")
public class TestOnlyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Clock clock;

    @Inject
    transient TestOnlyReporting reporting;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, clock.instant().toString());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "/clock" -> answer(response, ShiftedClockProducer.advance(
                    Duration.parse(request.getParameter("advance"))).toString());
            case "/report" -> answer(response, reporting.report(Long.parseLong(request.getParameter("record")),
                    RecordReported.Kind.valueOf(request.getParameter("kind")), "test-recipient").at().toString());
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void answer(HttpServletResponse response, String text) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(text);
    }
}

package org.recourse.transparency.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.recourse.transparency.Figures;
import org.recourse.transparency.TransparencyService;

/**
 * {@code /transparency.csv} and {@code /transparency.json}: every series, month and category of the page, through
 * the same suppression, from the same minute-long cache. Public, like the page.
 */
@WebServlet(name = "transparencyDownload", urlPatterns = {"/transparency.csv", "/transparency.json"})
public class TransparencyDownloadServlet extends HttpServlet {

    @Inject
    TransparencyService transparency;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Figures figures = transparency.figures();
        boolean json = request.getServletPath().endsWith(".json");
        byte[] body = (json ? FiguresFile.json(figures) : FiguresFile.csv(figures)).getBytes(StandardCharsets.UTF_8);
        response.setContentType(json ? "application/json;charset=UTF-8" : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"recourse-transparency-"
                + figures.months().get(figures.months().size() - 1) + (json ? ".json" : ".csv") + "\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}

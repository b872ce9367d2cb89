package org.recourse.demo;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * With the demo off, the demo platform's addresses do not exist: the gallery (which lists registered content), its
 * media and its webhook receiver all answer 404, as any unknown address does.
 */
@WebFilter(filterName = "demoOnly", urlPatterns = {"/gallery", "/gallery.xhtml", "/media/*", "/demo/*"},
        asyncSupported = true)
public class DemoOnlyFilter extends HttpFilter {

    @Inject
    DemoMode demo;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!demo.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}

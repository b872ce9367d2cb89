package org.recourse.staff.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recourse.staff.Role;

/**
 * The workspace's landing page is the queue, which a LEGAL member may not open (they hold no review role): web.xml lets
 * LEGAL reach this one address, and this filter sends them on to the vault before the queue's page is built. Signing
 * in, the brand link and the error pages all go to {@code /staff/}, so this is the one place that decides.
 */
@WebFilter(filterName = "staffLanding", urlPatterns = {"/staff/", "/staff/index", "/staff/index.xhtml"},
        asyncSupported = true)
public class StaffLandingFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isUserInRole(Role.LEGAL.name()) && !request.isUserInRole(Role.MODERATOR.name())) {
            response.sendRedirect(request.getContextPath() + Role.LEGAL_HOME);
            return;
        }
        chain.doFilter(request, response);
    }
}

package org.recourse.staff.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.recourse.platform.web.RequestContext;
import org.recourse.staff.StaffService;

/** Signs the current staff member out and ends the session. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    StaffService staff;

    @Inject
    RequestContext context;

    public String signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        context.signedIn().ifPresent(staff::signedOut);
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/staff/login");
        return null;
    }
}

package org.recourse.staff.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recourse.platform.i18n.Messages;
import org.recourse.staff.Role;
import org.recourse.staff.StaffAccount;
import org.recourse.staff.StaffService;

/** Backs /staff/admin/accounts: admins create, disable, re-enable and reset staff accounts and change roles. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffService staff;

    private String username;
    private String displayName;
    private String email;
    private Role role = Role.MODERATOR;
    private String issuedFor;
    private String issuedPassword;
    private String error;

    public List<StaffAccount> getAccounts() {
        return staff.list();
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public void create() {
        try {
            StaffService.Issued issued = staff.create(admin(), username == null ? "" : username.strip(),
                    displayName == null || displayName.isBlank() ? username : displayName.strip(),
                    email == null || email.isBlank() ? null : email.strip(), role);
            show(issued);
            username = null;
            displayName = null;
            email = null;
        } catch (IllegalArgumentException e) {
            error = e.getMessage() != null && e.getMessage().startsWith("staff.")
                    ? messages().get(e.getMessage()) : e.getMessage();
        }
    }

    public void reset(long id) {
        show(staff.reset(admin(), id));
    }

    public void disable(long id) {
        try {
            staff.setDisabled(admin(), id, true);
        } catch (IllegalArgumentException e) {
            error = messages().get(e.getMessage());
        }
    }

    public void enable(long id) {
        staff.setDisabled(admin(), id, false);
    }

    public void changeRole(long id, Role newRole) {
        staff.changeRole(admin(), id, newRole);
    }

    private void show(StaffService.Issued issued) {
        issuedFor = issued.account().username();
        issuedPassword = issued.oneTimePassword();
        error = null;
    }

    private static String admin() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    private static Messages messages() {
        return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public String getIssuedPassword() {
        return issuedPassword;
    }

    public String getError() {
        return error;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}

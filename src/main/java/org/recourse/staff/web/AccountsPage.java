package org.recourse.staff.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recourse.platform.web.RequestContext;
import org.recourse.staff.Role;
import org.recourse.staff.StaffAccount;
import org.recourse.staff.StaffService;

/**
 * Backs /staff/admin/accounts: admins create, disable, re-enable and reset staff accounts and change roles. Each of
 * those but creating and enabling ends the account's open sessions at once.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffService staff;

    @Inject
    RequestContext request;

    private String username;
    private String displayName;
    private String email;
    private Role role = Role.MODERATOR;
    private String issuedFor;
    private String issuedPassword;
    private Instant issuedUntil;
    private String error;
    /** The role chosen in each account's row, by account id, until its "change role" button is pressed. */
    private final Map<Long, String> newRoles = new HashMap<>();

    /** Each account's row offers its current role first. */
    @PostConstruct
    void rememberRoles() {
        staff.list().forEach(account -> newRoles.putIfAbsent(account.id(), account.role().name()));
    }

    public List<StaffAccount> getAccounts() {
        return staff.list();
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public void create() {
        try {
            StaffService.Issued issued = staff.create(request.staffName(), username == null ? "" : username.strip(),
                    displayName == null || displayName.isBlank() ? username : displayName.strip(),
                    email == null || email.isBlank() ? null : email.strip(), role);
            show(issued);
            rememberRoles();
            username = null;
            displayName = null;
            email = null;
        } catch (IllegalArgumentException e) {
            error = e.getMessage() != null && e.getMessage().startsWith("staff.")
                    ? request.messages().get(e.getMessage()) : e.getMessage();
        }
    }

    public void reset(long id) {
        show(staff.reset(request.staffName(), id));
    }

    public void disable(long id) {
        try {
            staff.setDisabled(request.staffName(), id, true);
        } catch (IllegalArgumentException e) {
            error = request.messages().get(e.getMessage());
        }
    }

    public void enable(long id) {
        staff.setDisabled(request.staffName(), id, false);
    }

    public void changeRole(long id) {
        String chosen = newRoles.get(id);
        if (chosen == null) {
            return;
        }
        try {
            staff.changeRole(request.staffName(), id, Role.valueOf(chosen));
            error = null;
        } catch (IllegalArgumentException e) {
            error = request.messages().get(e.getMessage() != null && e.getMessage().startsWith("staff.")
                    ? e.getMessage() : "staff.error.role");
        }
    }

    /** The message key of an account's state: disabled, active, waiting for set-up, or its one-time password expired. */
    public String stateOf(StaffAccount account) {
        if (account.disabled()) {
            return "staff.accounts.disabled";
        }
        if (account.isReady()) {
            return "staff.accounts.ready";
        }
        return staff.oneTimePasswordExpired(account) ? "staff.accounts.expired" : "staff.accounts.setup";
    }

    public Map<Long, String> getNewRoles() {
        return newRoles;
    }

    private void show(StaffService.Issued issued) {
        issuedFor = issued.account().username();
        issuedPassword = issued.oneTimePassword();
        issuedUntil = issued.expiresAt();
        error = null;
    }

    /** Until when the one-time password just shown works, in UTC as the other staff pages show times. */
    public String getIssuedUntil() {
        return issuedUntil == null ? null
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(issuedUntil);
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

package org.recourse.staff.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the staff roles. Staff sign in on our own page (/staff/login) through
 * {@link StaffAuthenticationMechanism}; pages below /staff are protected in web.xml. Reporters never sign in:
 * nothing public depends on this.
 */
@ApplicationScoped
@DeclareRoles({"MODERATOR", "SUPERVISOR", "ADMIN", "LEGAL", "SETUP"})
public class SecurityConfiguration {
}

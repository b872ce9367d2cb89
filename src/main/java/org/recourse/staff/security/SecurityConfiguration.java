package org.recourse.staff.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Staff sign in on our own page (/staff/login), which hands a {@link StaffCredential} to Jakarta Security; pages
 * below /staff are protected in web.xml. Reporters never sign in: nothing public depends on this.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = "/staff/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"MODERATOR", "SUPERVISOR", "ADMIN", "SETUP"})
public class SecurityConfiguration {
}

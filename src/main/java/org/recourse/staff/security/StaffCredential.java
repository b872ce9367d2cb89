package org.recourse.staff.security;

import jakarta.security.enterprise.credential.Credential;

/** Username, password and the current second-factor code, checked together by {@link StaffIdentityStore}. */
public record StaffCredential(String username, char[] password, String code) implements Credential {
}

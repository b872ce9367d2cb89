package org.recourse.staff.security;

import jakarta.security.enterprise.credential.Credential;
import org.recourse.platform.ratelimit.ClientAddress;

/**
 * Username, password and the current second-factor code, checked together by {@link StaffIdentityStore}, with the
 * address the attempt came from (for the throttle only: it is hashed there and never stored).
 */
public record StaffCredential(String username, char[] password, String code, ClientAddress clientAddress)
        implements Credential {
}

package org.recourse.staff.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.recourse.staff.SignInGuard;
import org.recourse.staff.SignInResult;

/**
 * Checks a {@link StaffCredential} against the staff accounts, through the throttle and the cap on password checks
 * ({@link SignInGuard}); the groups are the roles the account holds.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    SignInGuard guard;

    @Inject
    SignInAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof StaffCredential staffCredential)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = guard.signIn(staffCredential.username(), staffCredential.password(),
                staffCredential.code(), staffCredential.clientAddress());
        attempt.record(result);
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(), result.groups());
    }
}

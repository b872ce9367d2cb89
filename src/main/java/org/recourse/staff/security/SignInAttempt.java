package org.recourse.staff.security;

import jakarta.enterprise.context.RequestScoped;
import org.recourse.staff.SignInResult;

/** Carries the outcome of this request's sign-in from the identity store back to the sign-in page. */
@RequestScoped
public class SignInAttempt {

    private SignInResult result;

    void record(SignInResult outcome) {
        this.result = outcome;
    }

    public SignInResult result() {
        return result;
    }
}

package org.recourse.staff;

import java.time.Duration;
import java.util.Set;

/** How a sign-in attempt ended, with what the person may be told about it. */
public record SignInResult(Outcome outcome, String username, Set<String> groups, Duration retryAfter) {

    /** The kinds of ending; only {@link #READY} opens the workspace. */
    public enum Outcome {
        /** Password and code right: the account's roles. */
        READY,
        /** Password right, but the account must set a password or enrol its second factor first. */
        SETUP,
        /** Wrong username, password or code (the person is not told which). */
        FAILED,
        /** Too many failures: try again after {@code retryAfter}. */
        WAIT
    }

    public static SignInResult failed() {
        return new SignInResult(Outcome.FAILED, null, Set.of(), Duration.ZERO);
    }

    public boolean succeeded() {
        return outcome == Outcome.READY || outcome == Outcome.SETUP;
    }
}

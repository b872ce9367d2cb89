package org.recourse.staff;

import java.time.Duration;
import java.util.Set;

/**
 * How a sign-in attempt ended, with what the person may be told about it. A successful one carries the account's id
 * and session version, which the session keeps so that every later request can see whether the account changed.
 */
public record SignInResult(Outcome outcome, String username, Set<String> groups, Duration retryAfter, long accountId,
        long sessionVersion) {

    /** The kinds of ending; only {@link #READY} opens the workspace. */
    public enum Outcome {
        /** Password and code right: the account's roles. */
        READY,
        /** Password right, but the account must set a password or enrol its second factor first. */
        SETUP,
        /** Wrong username, password or code (the person is not told which). */
        FAILED,
        /** Too many failures from this client: try again after {@code retryAfter}. */
        WAIT,
        /** Too many password checks at this moment on this node: try again in a moment. Nothing was checked. */
        BUSY,
        /** The right one-time password, but it has expired: an admin must issue a new one. */
        EXPIRED,
        /** Password right and the code right but already used (it cannot be replayed): wait for the next code. */
        CODE_USED
    }

    public static SignInResult failed() {
        return new SignInResult(Outcome.FAILED, null, Set.of(), Duration.ZERO, 0, 0);
    }

    public static SignInResult waitFor(Duration retryAfter) {
        return new SignInResult(Outcome.WAIT, null, Set.of(), retryAfter, 0, 0);
    }

    public static SignInResult busy() {
        return new SignInResult(Outcome.BUSY, null, Set.of(), Duration.ofSeconds(5), 0, 0);
    }

    public static SignInResult codeUsed() {
        return new SignInResult(Outcome.CODE_USED, null, Set.of(), Duration.ZERO, 0, 0);
    }

    public static SignInResult expired() {
        return new SignInResult(Outcome.EXPIRED, null, Set.of(), Duration.ZERO, 0, 0);
    }

    /** Signed in (to the workspace or, with {@code Role.SETUP} only, to the set-up pages). */
    static SignInResult signedIn(Outcome outcome, StaffAccount account, Set<String> groups) {
        return new SignInResult(outcome, account.username(), groups, Duration.ZERO,
                account.id() == null ? 0 : account.id(), account.sessionVersion());
    }

    public boolean succeeded() {
        return outcome == Outcome.READY || outcome == Outcome.SETUP;
    }
}

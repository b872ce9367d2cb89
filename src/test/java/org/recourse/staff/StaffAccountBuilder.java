package org.recourse.staff;

import java.time.Instant;

/**
 * Builds staff accounts for tests: {@code anAccount().role(Role.SUPERVISOR).ready().build()}. By default a new
 * moderator, "mona", who still has her one-time password and no second factor.
 */
public final class StaffAccountBuilder {

    public static final Instant DEFAULT_CREATED_AT = Instant.parse("2025-03-01T09:00:00Z");
    /** The RFC 6238 test secret; any base32 text would do for the account itself. */
    public static final String SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private String username = "mona";
    private Role role = Role.MODERATOR;
    private Instant createdAt = DEFAULT_CREATED_AT;
    private boolean passwordChanged;
    private Long enrolledAtStep;
    private boolean disabled;

    private StaffAccountBuilder() {
    }

    public static StaffAccountBuilder anAccount() {
        return new StaffAccountBuilder();
    }

    public StaffAccountBuilder username(String username) {
        this.username = username;
        return this;
    }

    public StaffAccountBuilder role(Role role) {
        this.role = role;
        return this;
    }

    public StaffAccountBuilder createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    /** The one-time password has been replaced by one of the member's own. */
    public StaffAccountBuilder passwordChanged() {
        this.passwordChanged = true;
        return this;
    }

    /** The second factor is enrolled with {@link #SECRET}, proven by a code of the given time step. */
    public StaffAccountBuilder enrolledAtStep(long step) {
        this.enrolledAtStep = step;
        return this;
    }

    /** Password changed and second factor enrolled: the account may use the workspace. */
    public StaffAccountBuilder ready() {
        return passwordChanged().enrolledAtStep(1);
    }

    public StaffAccountBuilder disabled() {
        this.disabled = true;
        return this;
    }

    public StaffAccount build() {
        StaffAccount account = new StaffAccount(username, "Mona Moderator", username + "@staff.example", role,
                "one-time-hash", createdAt);
        if (passwordChanged) {
            account.changePassword("own-hash");
        }
        if (enrolledAtStep != null) {
            account.enrolSecondFactor(SECRET, enrolledAtStep);
        }
        if (disabled) {
            account.disable();
        }
        return account;
    }
}

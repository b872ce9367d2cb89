package org.recourse.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A member of the platform's trust & safety staff. An account starts with a one-time password and no second factor;
 * until both are set up ({@link #isReady()}) it can only reach the set-up pages. Failed sign-ins make the next
 * attempt wait longer and longer.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    public static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");
    /** Free attempts before the growing delay starts. */
    static final int FREE_ATTEMPTS = 3;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "totp_secret", length = 200)
    @jakarta.persistence.Convert(converter = org.recourse.platform.secrets.SealedTotpSecret.class)
    private String totpSecret;

    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(nullable = false)
    private boolean disabled;

    @Column(name = "blur_previews", nullable = false)
    private boolean blurPreviews = true;

    @Column(name = "greyscale_previews", nullable = false)
    private boolean greyscalePreviews = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** The language of their last sign-in, for mail to them; a language tag such as {@code fr-CA}. */
    @Column(nullable = false, length = 16)
    private String language = "en";

    protected StaffAccount() {
        // for JPA
    }

    /** A new account with a one-time password that must be changed at first sign-in. */
    public StaffAccount(String username, String displayName, String email, Role role, String oneTimePasswordHash,
            Instant now) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("A username is 2 to 64 lower-case letters, digits, '.', '_' or '-', "
                    + "starting with a letter.");
        }
        this.username = username;
        this.displayName = Objects.requireNonNull(displayName, "A display name is required.");
        this.email = email;
        this.role = Objects.requireNonNull(role, "A role is required.");
        this.passwordHash = Objects.requireNonNull(oneTimePasswordHash, "A password is required.");
        this.mustChangePassword = true;
        this.createdAt = Objects.requireNonNull(now, "A time is required.");
    }

    /** Whether the account may use the workspace: password chosen, second factor enrolled, not disabled. */
    public boolean isReady() {
        return !disabled && !mustChangePassword && totpSecret != null;
    }

    /** How long the next sign-in must wait because of earlier failures; zero when it may go ahead. */
    public Duration waitBeforeNextAttempt(Instant now) {
        if (lockedUntil == null || !now.isBefore(lockedUntil)) {
            return Duration.ZERO;
        }
        return Duration.between(now, lockedUntil);
    }

    /** Records a failed sign-in: after three free attempts each failure doubles the wait, up to 15 minutes. */
    public void signInFailed(Instant now) {
        failedAttempts++;
        if (failedAttempts >= FREE_ATTEMPTS) {
            long seconds = 1L << Math.min(failedAttempts - FREE_ATTEMPTS, 20);
            Duration delay = Duration.ofSeconds(seconds);
            lockedUntil = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
        }
    }

    public void signedIn(Instant now, long totpStep) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignInAt = now;
        if (totpStep > totpLastStep) {
            totpLastStep = totpStep;
        }
    }

    public void changePassword(String newHash) {
        passwordHash = Objects.requireNonNull(newHash, "A password is required.");
        mustChangePassword = false;
    }

    /** Stores a verified second factor; {@code step} is the time step of the code that proved it works. */
    public void enrolSecondFactor(String secret, long step) {
        totpSecret = Objects.requireNonNull(secret, "A secret is required.");
        totpLastStep = step;
    }

    /** An admin's reset: a new one-time password, the second factor to enrol again, the delay lifted. */
    public void reset(String oneTimePasswordHash) {
        passwordHash = Objects.requireNonNull(oneTimePasswordHash, "A password is required.");
        mustChangePassword = true;
        totpSecret = null;
        totpLastStep = 0;
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void disable() {
        disabled = true;
    }

    public void enable() {
        disabled = false;
    }

    public void changeRole(Role newRole) {
        role = Objects.requireNonNull(newRole, "A role is required.");
    }

    public void setPreviewPreferences(boolean blur, boolean greyscale) {
        blurPreviews = blur;
        greyscalePreviews = greyscale;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public long totpLastStep() {
        return totpLastStep;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public boolean disabled() {
        return disabled;
    }

    public boolean blurPreviews() {
        return blurPreviews;
    }

    public boolean greyscalePreviews() {
        return greyscalePreviews;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    /** Remembers the language a staff member signed in with, for the mail the portal sends them. */
    public void workIn(java.util.Locale language) {
        this.language = java.util.Objects.requireNonNull(language, "A language is required.").toLanguageTag();
    }

    public java.util.Locale language() {
        return java.util.Locale.forLanguageTag(language);
    }
}

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
 * until both are set up ({@link #isReady()}) it can only reach the set-up pages. A one-time password works for a
 * limited time only. Every change to what the account may do or how it proves who it is (disabled, another role, a
 * new password, a new second factor) raises its session version, which ends every session signed in before.
 * Failed sign-ins are slowed down per client by {@link SignInThrottle}, not here: a count on the account would let
 * anyone keep its owner out.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    public static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,63}");

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

    /** When the current one-time password was issued; null once the member has chosen their own. */
    @Column(name = "one_time_password_issued_at")
    private Instant oneTimePasswordIssuedAt;

    /** Raised by every change that must end the account's open sessions; a session keeps the value it began with. */
    @Column(name = "session_version", nullable = false)
    private long sessionVersion;

    @Column(nullable = false)
    private boolean disabled;

    @Column(name = "blur_previews", nullable = false)
    private boolean blurPreviews = true;

    @Column(name = "greyscale_previews", nullable = false)
    private boolean greyscalePreviews = true;

    @Column(name = "mute_video", nullable = false)
    private boolean muteVideo = true;

    /** The person's own zone for the workspace's times; null for the browser's. */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

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
        this.oneTimePasswordIssuedAt = now;
    }

    /** Whether the account may use the workspace: password chosen, second factor enrolled, not disabled. */
    public boolean isReady() {
        return !disabled && !mustChangePassword && totpSecret != null;
    }

    /**
     * Whether the account still has a one-time password that was issued {@code validity} or longer ago: it no longer
     * opens anything, and an admin must issue a new one.
     */
    public boolean oneTimePasswordExpired(Instant now, Duration validity) {
        return mustChangePassword && oneTimePasswordIssuedAt != null
                && !now.isBefore(oneTimePasswordIssuedAt.plus(validity));
    }

    /** Until when the current one-time password works; empty once the member has chosen their own. */
    public java.util.Optional<Instant> oneTimePasswordExpiresAt(Duration validity) {
        return mustChangePassword && oneTimePasswordIssuedAt != null
                ? java.util.Optional.of(oneTimePasswordIssuedAt.plus(validity)) : java.util.Optional.empty();
    }

    /** Ends every session signed in until now (each compares its own value with this on every request). */
    private void endSessions() {
        sessionVersion++;
    }

    public void signedIn(Instant now, long totpStep) {
        lastSignInAt = now;
        if (totpStep > totpLastStep) {
            totpLastStep = totpStep;
        }
    }

    /** The member's own new password: other sessions end (whoever knew the old one is signed out). */
    public void changePassword(String newHash) {
        passwordHash = Objects.requireNonNull(newHash, "A password is required.");
        mustChangePassword = false;
        oneTimePasswordIssuedAt = null;
        endSessions();
    }

    /** Stores a verified second factor; {@code step} is the time step of the code that proved it works. */
    public void enrolSecondFactor(String secret, long step) {
        totpSecret = Objects.requireNonNull(secret, "A secret is required.");
        totpLastStep = step;
        endSessions();
    }

    /** An admin's reset: a new one-time password issued now, the second factor to enrol again, every session ended. */
    public void reset(String oneTimePasswordHash, Instant now) {
        passwordHash = Objects.requireNonNull(oneTimePasswordHash, "A password is required.");
        oneTimePasswordIssuedAt = Objects.requireNonNull(now, "A time is required.");
        mustChangePassword = true;
        totpSecret = null;
        totpLastStep = 0;
        endSessions();
    }

    public void disable() {
        if (!disabled) {
            disabled = true;
            endSessions();
        }
    }

    /** Enabling again needs no new version: the sessions of before were ended when the account was disabled. */
    public void enable() {
        disabled = false;
    }

    /** Gives the account another role and ends its sessions, which hold the old one; false if it had it already. */
    public boolean changeRole(Role newRole) {
        Objects.requireNonNull(newRole, "A role is required.");
        if (newRole == role) {
            return false;
        }
        role = newRole;
        endSessions();
        return true;
    }

    public void setPreviewPreferences(boolean blur, boolean greyscale) {
        blurPreviews = blur;
        greyscalePreviews = greyscale;
    }

    /** The reviewer's own choices, never below the organisation's minimums. */
    public void choosePreviews(PreviewChoices choices, PreviewChoices minimums) {
        PreviewChoices kept = choices.atLeast(minimums);
        blurPreviews = kept.blur();
        greyscalePreviews = kept.greyscale();
        muteVideo = kept.muteVideo();
    }

    /** What this reviewer sees: their choices, raised to minimums the organisation set after they chose. */
    public PreviewChoices previews(PreviewChoices minimums) {
        return new PreviewChoices(blurPreviews, greyscalePreviews, muteVideo).atLeast(minimums);
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

    public long sessionVersion() {
        return sessionVersion;
    }

    public boolean disabled() {
        return disabled;
    }

    /**
     * Sets the person's own time zone, or clears it with null or blank (the browser's zone is then used).
     *
     * @throws IllegalArgumentException for anything but a known zone id
     */
    public void chooseTimeZone(String zone) {
        if (zone == null || zone.isBlank()) {
            timeZone = null;
            return;
        }
        timeZone = org.recourse.platform.i18n.TimeZones.parse(zone.strip())
                .orElseThrow(() -> new IllegalArgumentException("Not a known time zone")).getId();
    }

    public java.util.Optional<String> timeZone() {
        return java.util.Optional.ofNullable(timeZone);
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

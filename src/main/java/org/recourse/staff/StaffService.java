package org.recourse.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.recourse.platform.i18n.Messages;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.audit.AuditLog;

/**
 * Everything done to staff accounts: signing in, setting up, and administration. Each change is audited in the
 * same transaction.
 */
@ApplicationScoped
public class StaffService {

    /** The account {@link FirstAdminBootstrap} makes on a new installation. */
    public static final String FIRST_ADMIN = "admin";

    /** A one-time password, shown once to whoever created or reset the account, and until when it works. */
    public record Issued(StaffAccount account, String oneTimePassword, Instant expiresAt) {
    }

    /** What the audit log says instead of a typed name that is no account's: people type passwords there. */
    static final String UNKNOWN_ACCOUNT = "unknown account";

    /** A plausible address: SLA alerts to a mistyped one would fail for a day before anyone noticed. */
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    @Inject
    StaffRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    // The organisation's minimums for previews (issue 17 §6): a reviewer chooses more, never less.
    @Inject
    @ConfigProperty(name = "recourse.wellbeing.require-blur", defaultValue = "false")
    boolean requireBlur;

    @Inject
    @ConfigProperty(name = "recourse.wellbeing.require-greyscale", defaultValue = "false")
    boolean requireGreyscale;

    @Inject
    @ConfigProperty(name = "recourse.wellbeing.require-mute-video", defaultValue = "false")
    boolean requireMuteVideo;

    @Inject
    @ConfigProperty(name = "recourse.staff.password-iterations", defaultValue = "600000")
    int iterations;

    @Inject
    @ConfigProperty(name = "recourse.staff.one-time-password-validity", defaultValue = "PT24H")
    String oneTimePasswordValidity;

    /** How long a one-time password works, from when it was issued. */
    public Duration oneTimePasswordValidity() {
        return Duration.parse(oneTimePasswordValidity);
    }

    private PasswordHasher hasher() {
        return new PasswordHasher(iterations);
    }

    /**
     * A hash no password matches, at the cost of a real one: an unknown or disabled account is checked against it, so
     * the answer and its time are those of a wrong password (16 zero bytes of salt, 32 of hash).
     */
    private String dummyHash() {
        return "pbkdf2-sha256$" + iterations + "$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    }

    /**
     * Checks a sign-in; {@code name} is already trimmed and in lower case ({@link SignInThrottle#normalise}). Callers
     * go through {@link SignInGuard}, which throttles and counts. An unknown name is never written down: the audit
     * row of its failure names no account.
     */
    @Transactional
    public SignInResult signIn(String name, char[] password, String code) {
        Instant now = clock.instant();
        StaffAccount account = accounts.lockByUsername(name).orElse(null);
        boolean usable = account != null && !account.disabled();
        boolean passwordRight = hasher().matches(password, usable ? account.passwordHash() : dummyHash());
        if (account == null) {
            audit.record(UNKNOWN_ACCOUNT, "sign-in.failed", null, UNKNOWN_ACCOUNT);
            return SignInResult.failed();
        }
        if (!usable) {
            return failed(account, "account disabled");
        }
        if (!passwordRight) {
            return failed(account, "wrong password");
        }
        if (account.oneTimePasswordExpired(now, oneTimePasswordValidity())) {
            audit.record(name, "sign-in.refused", "staff:" + name, "one-time password expired");
            return SignInResult.expired();
        }
        if (!account.isReady()) {
            account.signedIn(now, account.totpLastStep());
            audit.record(name, "sign-in.setup", "staff:" + name, "password accepted; set-up required");
            return SignInResult.signedIn(SignInResult.Outcome.SETUP, account, Set.of(Role.SETUP));
        }
        OptionalLong step = Totp.verify(account.totpSecret(), code, now, account.totpLastStep());
        if (step.isEmpty() && Totp.alreadyUsed(account.totpSecret(), code, now, account.totpLastStep())) {
            // Only someone with the password and a code of this minute gets here: saying "wait" tells them nothing
            // new, and it is still counted and audited as a failure.
            audit.record(account.username(), "sign-in.failed", "staff:" + account.username(), "second-factor code reused");
            return SignInResult.codeUsed();
        }
        if (step.isEmpty()) {
            return failed(account, "wrong second-factor code");
        }
        account.signedIn(now, step.getAsLong());
        audit.record(name, "sign-in", "staff:" + name, "role " + account.role());
        return SignInResult.signedIn(SignInResult.Outcome.READY, account, groups(account.role()));
    }

    private SignInResult failed(StaffAccount account, String why) {
        audit.record(account.username(), "sign-in.failed", "staff:" + account.username(), why);
        return SignInResult.failed();
    }

    static Set<String> groups(Role role) {
        return role.granted().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The account's session version now, or empty if there is no such account: one read by primary key, done on
     * every request of a signed-in session (no transaction needed for it).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Long> sessionVersion(long accountId) {
        return accounts.sessionVersion(accountId);
    }

    /**
     * The member's own new password. Every other session of the account ends; the caller's own goes on with the
     * session version returned.
     */
    @Transactional
    public long changePassword(String username, char[] newPassword) {
        StaffAccount account = accounts.lockByUsername(username).orElseThrow();
        requireStrong(username, newPassword);
        account.changePassword(hasher().hash(newPassword));
        audit.record(username, "password.changed", "staff:" + username, null);
        return account.sessionVersion();
    }

    static void requireStrong(String username, char[] password) {
        String text = new String(password);
        if (text.length() < PasswordHasher.MIN_PASSWORD_LENGTH) {
            throw new WeakPasswordException("staff.error.password.short");
        }
        if (text.toLowerCase(java.util.Locale.ROOT).contains(username)) {
            throw new WeakPasswordException("staff.error.password.username");
        }
    }

    /** Stores the second factor once a code made with it has been typed back correctly. */
    @Transactional
    public boolean enrol(String username, String secret, String code) {
        StaffAccount account = accounts.lockByUsername(username).orElseThrow();
        OptionalLong step = Totp.verify(secret, code, clock.instant(), 0);
        if (step.isEmpty()) {
            audit.record(username, "second-factor.failed", "staff:" + username, null);
            return false;
        }
        account.enrolSecondFactor(secret, step.getAsLong());
        audit.record(username, "second-factor.enrolled", "staff:" + username, null);
        return true;
    }

    @Transactional
    public Issued create(String admin, String username, String displayName, String email, Role role) {
        if (accounts.findByUsername(username).isPresent()) {
            throw new IllegalArgumentException("staff.error.username.taken");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new IllegalArgumentException("staff.error.email");
        }
        String password = PasswordHasher.oneTimePassword();
        Instant now = clock.instant();
        StaffAccount account = new StaffAccount(username, displayName, email, role,
                hasher().forOneTimePasswords().hash(password.toCharArray()), now);
        accounts.add(account);
        audit.record(admin, "account.created", "staff:" + username, "role " + role);
        return new Issued(account, password, now.plus(oneTimePasswordValidity()));
    }

    /**
     * Creates the first admin, with the configured password or a one-time one; nothing if any account exists. A
     * configured password must pass the rules every password passes.
     *
     * @throws WeakPasswordException if the configured password does not (nothing is created)
     */
    @Transactional
    public java.util.Optional<Issued> createFirstAdmin(java.util.Optional<String> configuredPassword) {
        if (accounts.count() > 0) {
            return java.util.Optional.empty();
        }
        configuredPassword.ifPresent(password -> requireStrong(FIRST_ADMIN, password.toCharArray()));
        String password = configuredPassword.orElseGet(PasswordHasher::oneTimePassword);
        Instant now = clock.instant();
        PasswordHasher hasher = configuredPassword.isPresent() ? hasher() : hasher().forOneTimePasswords();
        StaffAccount admin = new StaffAccount(FIRST_ADMIN, "Administrator", null, Role.ADMIN,
                hasher.hash(password.toCharArray()), now);
        if (configuredPassword.isPresent()) {
            admin.changePassword(admin.passwordHash());
        }
        accounts.add(admin);
        audit.record("system", "account.created", "staff:" + FIRST_ADMIN, "first admin");
        return java.util.Optional.of(configuredPassword.isPresent() ? new Issued(admin, null, null)
                : new Issued(admin, password, now.plus(oneTimePasswordValidity())));
    }

    /**
     * A new one-time password for the first admin when theirs expired before anyone set the account up and no admin
     * is ready who could reset it: otherwise a new installation left alone for a day could never be signed in to.
     */
    @Transactional
    public java.util.Optional<Issued> renewExpiredFirstAdmin() {
        Instant now = clock.instant();
        if (accounts.withRole(Role.ADMIN).stream().anyMatch(StaffAccount::isReady)) {
            return java.util.Optional.empty();
        }
        return accounts.lockByUsername(FIRST_ADMIN)
                .filter(admin -> admin.oneTimePasswordExpired(now, oneTimePasswordValidity()))
                .map(admin -> {
                    String password = PasswordHasher.oneTimePassword();
                    admin.reset(hasher().forOneTimePasswords().hash(password.toCharArray()), now);
                    audit.record("system", "account.reset", "staff:" + FIRST_ADMIN,
                            "the first admin's one-time password had expired");
                    return new Issued(admin, password, now.plus(oneTimePasswordValidity()));
                });
    }

    /** An admin's reset: a new one-time password; the account's sessions end. */
    @Transactional
    public Issued reset(String admin, long id) {
        StaffAccount account = accounts.find(id).orElseThrow();
        String password = PasswordHasher.oneTimePassword();
        Instant now = clock.instant();
        account.reset(hasher().forOneTimePasswords().hash(password.toCharArray()), now);
        audit.record(admin, "account.reset", "staff:" + account.username(), null);
        return new Issued(account, password, now.plus(oneTimePasswordValidity()));
    }

    /** Whether this account's one-time password has run out (for the accounts page). */
    public boolean oneTimePasswordExpired(StaffAccount account) {
        return account.oneTimePasswordExpired(clock.instant(), oneTimePasswordValidity());
    }

    @Transactional
    public void setDisabled(String admin, long id, boolean disabled) {
        StaffAccount account = accounts.find(id).orElseThrow();
        if (account.username().equals(admin) && disabled) {
            throw new IllegalArgumentException("staff.error.disableSelf");
        }
        if (disabled) {
            account.disable();
        } else {
            account.enable();
        }
        audit.record(admin, disabled ? "account.disabled" : "account.enabled", "staff:" + account.username(), null);
    }

    /** Another role for an account; its sessions end (they hold the old role). An admin cannot change their own. */
    @Transactional
    public void changeRole(String admin, long id, Role role) {
        StaffAccount account = accounts.find(id).orElseThrow();
        if (account.username().equals(admin)) {
            throw new IllegalArgumentException("staff.error.changeOwnRole");
        }
        if (account.changeRole(role)) {
            audit.record(admin, "account.role-changed", "staff:" + account.username(), "role " + role);
        }
    }

    @Transactional
    public void setPreviewPreferences(String username, boolean blur, boolean greyscale) {
        StaffAccount account = accounts.lockByUsername(username).orElseThrow();
        PreviewChoices kept = new PreviewChoices(blur, greyscale, account.previews(previewMinimums()).muteVideo());
        account.choosePreviews(kept, previewMinimums());
        PreviewChoices now = account.previews(previewMinimums());
        audit.record(username, "settings.previews", "staff:" + username,
                "blur " + now.blur() + ", greyscale " + now.greyscale());
    }

    /** A reviewer's own preview choices (blur, greyscale, mute video), kept at or above the organisation's minimums. */
    @Transactional
    public PreviewChoices choosePreviews(String username, PreviewChoices choices) {
        StaffAccount account = accounts.lockByUsername(username).orElseThrow();
        account.choosePreviews(choices, previewMinimums());
        PreviewChoices now = account.previews(previewMinimums());
        audit.record(username, "settings.previews", "staff:" + username,
                "blur " + now.blur() + ", greyscale " + now.greyscale() + ", mute video " + now.muteVideo());
        return now;
    }

    /** What a reviewer sees: their choices raised to the organisation's minimums. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PreviewChoices previewChoices(String username) {
        return accounts.findByUsername(username).orElseThrow().previews(previewMinimums());
    }

    /** The organisation's minimums (settings {@code recourse.wellbeing.require-blur}, {@code -greyscale}, {@code -mute-video}). */
    public PreviewChoices previewMinimums() {
        return new PreviewChoices(requireBlur, requireGreyscale, requireMuteVideo);
    }

    /**
     * A staff member's own time zone for the workspace, or null to follow the browser.
     *
     * @throws IllegalArgumentException for anything but a known zone id
     */
    @Transactional
    public void chooseTimeZone(String username, String zone) {
        StaffAccount account = accounts.lockByUsername(username).orElseThrow();
        account.chooseTimeZone(zone);
        audit.record(username, "settings.time-zone", "staff:" + username, account.timeZone().orElse("browser"));
    }

    /** The language a staff member signed in with: the mail the portal sends them is written in it. */
    @Transactional
    public void workIn(String username, java.util.Locale language) {
        accounts.findByUsername(username).ifPresent(account -> account.workIn(Messages.bestSupported(language)));
    }

    @Transactional
    public void signedOut(String username) {
        audit.record(username, "sign-out", "staff:" + username, null);
    }

    @Transactional
    public List<StaffAccount> list() {
        return accounts.all();
    }

    @Transactional
    public java.util.Optional<StaffAccount> find(String username) {
        return accounts.findByUsername(username);
    }
}

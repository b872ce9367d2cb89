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

    /** A one-time password, shown once to whoever created or reset the account. */
    public record Issued(StaffAccount account, String oneTimePassword) {
    }

    /** A plausible address: SLA alerts to a mistyped one would fail for a day before anyone noticed. */
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    @Inject
    StaffRepository accounts;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "recourse.staff.password-iterations", defaultValue = "600000")
    int iterations;

    private PasswordHasher hasher() {
        return new PasswordHasher(iterations);
    }

    @Transactional
    public SignInResult signIn(String username, char[] password, String code) {
        Instant now = clock.instant();
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        StaffAccount account = accounts.lockByUsername(name).orElse(null);
        if (account == null || account.disabled()) {
            hasher().matches(password, "pbkdf2-sha256$" + iterations + "$AAAAAAAAAAAAAAAAAAAAAA==$AA=="); // same cost
            audit.record(actorName(name), "sign-in.failed", "staff:" + actorName(name),
                    account == null ? "unknown account" : "account disabled");
            return SignInResult.failed();
        }
        Duration wait = account.waitBeforeNextAttempt(now);
        if (!wait.isZero()) {
            audit.record(name, "sign-in.refused", "staff:" + name, "waiting after failed attempts");
            return new SignInResult(SignInResult.Outcome.WAIT, name, Set.of(), wait);
        }
        if (!hasher().matches(password, account.passwordHash())) {
            return failed(account, now, "wrong password");
        }
        if (!account.isReady()) {
            account.signedIn(now, account.totpLastStep());
            audit.record(name, "sign-in.setup", "staff:" + name, "password accepted; set-up required");
            return new SignInResult(SignInResult.Outcome.SETUP, name, Set.of(Role.SETUP), Duration.ZERO);
        }
        OptionalLong step = Totp.verify(account.totpSecret(), code, now, account.totpLastStep());
        if (step.isEmpty()) {
            return failed(account, now, "wrong or reused second-factor code");
        }
        account.signedIn(now, step.getAsLong());
        audit.record(name, "sign-in", "staff:" + name, "role " + account.role());
        return new SignInResult(SignInResult.Outcome.READY, name, groups(account.role()), Duration.ZERO);
    }

    private SignInResult failed(StaffAccount account, Instant now, String why) {
        account.signInFailed(now);
        audit.record(account.username(), "sign-in.failed", "staff:" + account.username(),
                why + "; failure " + account.failedAttempts());
        return SignInResult.failed();
    }

    static Set<String> groups(Role role) {
        return role.granted().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    /** What a typed username may look like in the audit log: short, and only if it could be a username at all. */
    private static String actorName(String typed) {
        return StaffAccount.USERNAME.matcher(typed).matches() ? typed : "(invalid username)";
    }

    @Transactional
    public void changePassword(String username, char[] newPassword) {
        StaffAccount account = accounts.lockByUsername(username).orElseThrow();
        requireStrong(username, newPassword);
        account.changePassword(hasher().hash(newPassword));
        audit.record(username, "password.changed", "staff:" + username, null);
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
        StaffAccount account = new StaffAccount(username, displayName, email, role,
                hasher().hash(password.toCharArray()), clock.instant());
        accounts.add(account);
        audit.record(admin, "account.created", "staff:" + username, "role " + role);
        return new Issued(account, password);
    }

    /** Creates the first admin, with a given password or a one-time one; nothing if any account exists. */
    @Transactional
    public java.util.Optional<Issued> createFirstAdmin(java.util.Optional<String> configuredPassword) {
        if (accounts.count() > 0) {
            return java.util.Optional.empty();
        }
        String password = configuredPassword.orElseGet(PasswordHasher::oneTimePassword);
        StaffAccount admin = new StaffAccount("admin", "Administrator", null, Role.ADMIN,
                hasher().hash(password.toCharArray()), clock.instant());
        if (configuredPassword.isPresent()) {
            admin.changePassword(admin.passwordHash());
        }
        accounts.add(admin);
        audit.record("system", "account.created", "staff:admin", "first admin");
        return java.util.Optional.of(new Issued(admin, configuredPassword.isPresent() ? null : password));
    }

    @Transactional
    public Issued reset(String admin, long id) {
        StaffAccount account = accounts.find(id).orElseThrow();
        String password = PasswordHasher.oneTimePassword();
        account.reset(hasher().hash(password.toCharArray()));
        audit.record(admin, "account.reset", "staff:" + account.username(), null);
        return new Issued(account, password);
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

    @Transactional
    public void changeRole(String admin, long id, Role role) {
        StaffAccount account = accounts.find(id).orElseThrow();
        account.changeRole(role);
        audit.record(admin, "account.role-changed", "staff:" + account.username(), "role " + role);
    }

    @Transactional
    public void setPreviewPreferences(String username, boolean blur, boolean greyscale) {
        accounts.lockByUsername(username).orElseThrow().setPreviewPreferences(blur, greyscale);
        audit.record(username, "settings.previews", "staff:" + username, "blur " + blur + ", greyscale " + greyscale);
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

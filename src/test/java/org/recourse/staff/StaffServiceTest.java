package org.recourse.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;

/**
 * Staff sign-in and administration against a real database (H2 in the portal's PostgreSQL mode): what is audited for
 * an unknown name, expiring one-time passwords, and the session version every change raises (issue 11, findings 6, 8
 * and 9). The clock is moved, nothing sleeps.
 */
@DisplayName("Staff service: sign-in, one-time passwords and session versions")
class StaffServiceTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private final JpaDatabase db = JpaDatabase.h2();
    private final EntityManager em = db.entityManager();
    private final MovableClock clock = new MovableClock(T0);
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final StaffService staff = service(em, audit, clock);

    /** The service as the container would inject it, with cheap hashes and a day of validity. */
    static StaffService service(EntityManager em, RecordingAuditLog audit, MovableClock clock) {
        StaffRepository repository = new StaffRepository();
        repository.em = em;
        StaffService service = new StaffService();
        service.accounts = repository;
        service.audit = audit;
        service.clock = clock;
        service.iterations = 1_000;
        service.oneTimePasswordValidity = "PT24H";
        return service;
    }

    @BeforeEach
    @AfterEach
    void noAccounts() {
        try (Connection connection = db.jdbc().connect(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from staff_account");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private StaffService.Issued create(String username, Role role) {
        return inTransaction(em, () -> staff.create("admin", username, username, null, role));
    }

    private SignInResult signIn(String name, String password) {
        return inTransaction(em, () -> staff.signIn(name, password.toCharArray(), ""));
    }

    @Test
    @DisplayName("an unknown name fails like a wrong password, and what was typed is written nowhere")
    void unknownNameNotWrittenDown() {
        // Arrange: someone types their password into the name field
        create("mona", Role.MODERATOR);
        String typed = "tr0ub4dor-and-3";

        // Act
        SignInResult unknown = signIn(typed, "whatever it is");
        SignInResult wrongPassword = signIn("mona", "not her password");

        // Assert
        assertThat(unknown).isEqualTo(wrongPassword).isEqualTo(SignInResult.failed());
        List<RecordingAuditLog.Entry> failures = audit.withAction("sign-in.failed");
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0).actor()).isEqualTo("unknown account");
        assertThat(audit.entries()).allSatisfy(entry -> assertThat(String.join("|", entry.actor(),
                String.valueOf(entry.subject()), String.valueOf(entry.detail()))).doesNotContain(typed));
    }

    @Test
    @DisplayName("the right one-time password is refused once it has expired; a wrong one still just fails")
    void oneTimePasswordExpires() {
        // Arrange
        String oneTime = create("mona", Role.MODERATOR).oneTimePassword();

        // Act
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        SignInResult inTime = signIn("mona", oneTime);
        clock.advance(Duration.ofSeconds(1));
        SignInResult late = signIn("mona", oneTime);
        SignInResult lateAndWrong = signIn("mona", "not the one-time password");

        // Assert
        assertThat(inTime.outcome()).isEqualTo(SignInResult.Outcome.SETUP);
        assertThat(late.outcome()).isEqualTo(SignInResult.Outcome.EXPIRED);
        assertThat(lateAndWrong.outcome()).isEqualTo(SignInResult.Outcome.FAILED);
        assertThat(audit.withAction("sign-in.refused")).extracting(RecordingAuditLog.Entry::detail)
                .containsExactly("one-time password expired");
    }

    @Test
    @DisplayName("an admin's reset issues a one-time password that works for the validity from the reset")
    void resetIssuesAFreshOne() {
        // Arrange
        StaffService.Issued created = create("mona", Role.MODERATOR);
        clock.advance(Duration.ofDays(3));

        // Act
        StaffService.Issued reset = inTransaction(em, () -> staff.reset("admin", created.account().id()));

        // Assert
        assertThat(created.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(24)));
        assertThat(reset.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(signIn("mona", reset.oneTimePassword()).outcome()).isEqualTo(SignInResult.Outcome.SETUP);
    }

    @Test
    @DisplayName("a sign-in carries the session version; disabling, demoting and resetting each raise the stored one")
    void sessionVersions() {
        // Arrange
        long id = create("sam", Role.SUPERVISOR).account().id();
        SignInResult signedIn = signIn("sam", inTransaction(em, () -> staff.reset("admin", id)).oneTimePassword());
        long atSignIn = staff.sessionVersion(id).orElseThrow();

        // Act / Assert
        assertThat(signedIn.accountId()).isEqualTo(id);
        assertThat(signedIn.sessionVersion()).isEqualTo(atSignIn);
        inTransaction(em, () -> staff.changeRole("admin", id, Role.MODERATOR));
        assertThat(staff.sessionVersion(id)).contains(atSignIn + 1);
        inTransaction(em, () -> staff.setDisabled("admin", id, true));
        assertThat(staff.sessionVersion(id)).contains(atSignIn + 2);
        inTransaction(em, () -> staff.setDisabled("admin", id, false));
        inTransaction(em, () -> staff.reset("admin", id));
        assertThat(staff.sessionVersion(id)).contains(atSignIn + 3);
        assertThat(staff.sessionVersion(id + 1_000)).isEmpty();
    }

    @Test
    @DisplayName("changing one's own password returns the new version, for the session that changed it")
    void ownPasswordChange() {
        // Arrange
        create("mona", Role.MODERATOR);

        // Act
        long version = inTransaction(em, () -> staff.changePassword("mona", "a long enough passphrase".toCharArray()));

        // Assert
        long stored = inTransaction(em, () -> staff.find("mona").orElseThrow().sessionVersion());
        assertThat(version).isEqualTo(stored).isPositive();
    }
}

package org.recourse.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.testing.JpaDatabase.inTransaction;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recourse.testing.JpaDatabase;
import org.recourse.testing.MovableClock;
import org.recourse.testing.RecordingAuditLog;

/**
 * The first admin of a new installation (issue 11, finding 9): RECOURSE_ADMIN_PASSWORD must pass the rules of any
 * password, or no account is made and the log says why and what to do; a one-time first password that expired
 * unused is renewed at the next start.
 */
@DisplayName("First admin at start")
class FirstAdminBootstrapTest {

    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private final JpaDatabase db = JpaDatabase.h2();
    private final EntityManager em = db.entityManager();
    private final MovableClock clock = new MovableClock(T0);
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final StaffService staff = StaffServiceTest.service(em, audit, clock);
    private final List<LogRecord> log = new ArrayList<>();
    private final Logger logger = Logger.getLogger(FirstAdminBootstrap.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void start() {
        noAccounts();
        logger.addHandler(capture);
    }

    @AfterEach
    void stop() {
        logger.removeHandler(capture);
        noAccounts();
    }

    private void noAccounts() {
        try (Connection connection = db.jdbc().connect(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from staff_account");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void startWith(String configuredPassword) {
        FirstAdminBootstrap bootstrap = new FirstAdminBootstrap();
        bootstrap.staff = staff;
        bootstrap.adminPassword = Optional.ofNullable(configuredPassword);
        inTransaction(em, bootstrap::ensureAnAdmin);
    }

    private long accounts() {
        return db.jdbc().count("select count(*) from staff_account");
    }

    private List<String> logged(Level level) {
        return log.stream().filter(r -> r.getLevel().equals(level)).map(LogRecord::getMessage).toList();
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource({
        "short-pw-1,                   fewer than 12 characters",
        "first admin password 42,      contains the username 'admin'",
        "MyAdminPassword-2025,         contains the username 'admin'"})
    @DisplayName("a configured password that breaks a rule: no account, and a SEVERE line saying why and what to do")
    void weakConfiguredPassword(String password, String why) {
        // Act
        startWith(password);

        // Assert
        assertThat(accounts()).isZero();
        assertThat(logged(Level.SEVERE)).singleElement().asString()
                .contains("RECOURSE_ADMIN_PASSWORD").contains(why).contains("No staff account was created")
                .contains("restart").doesNotContain(password);
    }

    @Test
    @DisplayName("a configured password that passes the rules makes the admin, who only enrols a second factor")
    void strongConfiguredPassword() {
        // Act
        startWith("first portal password 42");

        // Assert
        StaffAccount admin = inTransaction(em, () -> staff.find("admin").orElseThrow());
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.mustChangePassword()).isFalse();
        assertThat(logged(Level.SEVERE)).isEmpty();
        assertThat(logged(Level.INFO)).anyMatch(line -> line.contains("Created the first staff account"));
    }

    @Test
    @DisplayName("without a configured password, a one-time password is logged with when it stops working")
    void oneTimeFirstPassword() {
        // Act
        startWith(null);

        // Assert
        assertThat(accounts()).isEqualTo(1);
        assertThat(logged(Level.WARNING)).singleElement().asString()
                .contains("One-time password").contains(T0.plus(Duration.ofHours(24)).toString());
    }

    @Test
    @DisplayName("a first one-time password that expired unused is renewed at the next start, and logged")
    void expiredFirstPasswordRenewed() {
        // Arrange
        startWith(null);
        String first = passwordIn(logged(Level.WARNING).get(0));
        clock.advance(Duration.ofHours(25));
        log.clear();

        // Act
        startWith(null);

        // Assert
        String renewed = passwordIn(logged(Level.WARNING).get(0));
        assertThat(renewed).isNotEqualTo(first);
        SignInResult result = inTransaction(em, () -> staff.signIn("admin", renewed.toCharArray(), ""));
        assertThat(result.outcome()).isEqualTo(SignInResult.Outcome.SETUP);
        assertThat(audit.withAction("account.reset")).hasSize(1);
    }

    @Test
    @DisplayName("nothing is renewed while the one-time password still works, or once an admin is ready")
    void notRenewedOtherwise() {
        // Arrange
        startWith(null);
        log.clear();

        // Act: a restart an hour later
        clock.advance(Duration.ofHours(1));
        startWith(null);

        // Assert
        assertThat(log).isEmpty();
        assertThat(audit.withAction("account.reset")).isEmpty();
    }

    private static String passwordIn(String line) {
        return line.substring(line.lastIndexOf(' ') + 1);
    }
}

package org.recourse.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.platform.mail.MailFailure;
import org.recourse.platform.mail.SmtpSettings;

/** The SMTP settings the outbox sends with, and the few words it stores when sending fails. */
@DisplayName("Outbox mail settings and failure reasons")
class OutboxMailSettingsTest {

    private static SmtpSettings settings(String host, String user, boolean starttls) {
        return new SmtpSettings(Optional.ofNullable(host), 587, Optional.ofNullable(user), Optional.of("s3cret"),
                starttls, "Recourse <no-reply@platform.example>", Duration.ofSeconds(20));
    }

    @Test
    @DisplayName("with no host, or a blank one, nothing is to be sent")
    void noHost() {
        // Act / Assert
        assertThat(settings(null, null, true).isConfigured()).isFalse();
        assertThat(settings("  ", null, true).isConfigured()).isFalse();
        assertThat(settings("smtp.example.org", null, true).isConfigured()).isTrue();
    }

    @Test
    @DisplayName("STARTTLS is required when on, timeouts are set, and a user name turns authentication on")
    void sessionProperties() {
        // Act
        Properties secure = settings("smtp.example.org", "recourse", true).sessionProperties();
        Properties plain = settings("localhost", null, false).sessionProperties();

        // Assert
        assertThat(secure).containsEntry("mail.smtp.host", "smtp.example.org").containsEntry("mail.smtp.port", "587")
                .containsEntry("mail.smtp.starttls.enable", "true").containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true").containsEntry("mail.smtp.auth", "true")
                .containsEntry("mail.smtp.connectiontimeout", "20000").containsEntry("mail.smtp.timeout", "20000")
                .containsEntry("mail.smtp.writetimeout", "20000");
        assertThat(plain).containsEntry("mail.smtp.starttls.enable", "false").containsEntry("mail.smtp.auth", "false");
        assertThat(secure.values()).doesNotContain("s3cret");
    }

    @Test
    @DisplayName("the settings can be logged: the password is left out")
    void loggable() {
        // Act
        String text = settings("smtp.example.org", "recourse", true).toString();

        // Assert
        assertThat(text).contains("smtp.example.org:587", "STARTTLS", "recourse").doesNotContain("s3cret");
    }

    @Test
    @DisplayName("a port outside 1 to 65535 is refused")
    void badPort() {
        // Act / Assert
        assertThatThrownBy(() -> new SmtpSettings(Optional.of("h"), 0, Optional.empty(), Optional.empty(), true, "a@b",
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("a failure is described by its kind, never by the server's words, which may quote an address")
    void failureReasons() {
        // Arrange
        MessagingException unreachable = new MessagingException("Couldn't connect to host, port: localhost, 2525",
                new ConnectException("Connection refused"));
        SendFailedException refused = new SendFailedException("550 5.1.1 <sup@example.org>: Recipient address rejected");

        // Act / Assert
        assertThat(MailFailure.describe(unreachable)).isEqualTo("cannot reach the SMTP server (ConnectException)");
        assertThat(MailFailure.describe(refused)).isEqualTo("the SMTP server refused the recipient")
                .doesNotContain("@");
        assertThat(MailFailure.describe(new AuthenticationFailedException("535 bad password for alice@x")))
                .isEqualTo("the SMTP server refused the user name or password");
        assertThat(MailFailure.describe(new AddressException("Illegal address", "not an address")))
                .isEqualTo("the recipient's address is not valid");
        assertThat(MailFailure.describe(new MessagingException("451 try later <bob@example.org>")))
                .isEqualTo("mail error (MessagingException)");
    }
}

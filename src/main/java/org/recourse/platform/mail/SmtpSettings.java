package org.recourse.platform.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * The mail server, from {@code recourse.mail.smtp.*} and {@code recourse.mail.from}. Without a host (the embedded
 * default) no mail is sent at all: it waits in the outbox, where admins can see it.
 */
public record SmtpSettings(Optional<String> host, int port, Optional<String> username, Optional<String> password,
        boolean starttls, String from, Duration timeout) {

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "A sender address is required.");
        Objects.requireNonNull(timeout, "A timeout is required.");
        host = host.map(String::strip).filter(h -> !h.isEmpty());
        username = username.filter(u -> !u.isBlank());
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("recourse.mail.smtp.port must be 1 to 65535, not " + port + ".");
        }
    }

    public static SmtpSettings from(Config config) {
        return new SmtpSettings(
                config.getOptionalValue("recourse.mail.smtp.host", String.class),
                config.getOptionalValue("recourse.mail.smtp.port", Integer.class).orElse(587),
                config.getOptionalValue("recourse.mail.smtp.username", String.class),
                config.getOptionalValue("recourse.mail.smtp.password", String.class),
                config.getOptionalValue("recourse.mail.smtp.starttls", Boolean.class).orElse(true),
                config.getOptionalValue("recourse.mail.from", String.class).orElse("Recourse <no-reply@localhost>"),
                config.getOptionalValue("recourse.mail.smtp.timeout", String.class).map(Duration::parse)
                        .orElse(Duration.ofSeconds(20)));
    }

    public boolean isConfigured() {
        return host.isPresent();
    }

    /** The jakarta.mail session properties. STARTTLS, when on, is required: never fall back to plain text. */
    public Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", "smtp");
        host.ifPresent(h -> properties.setProperty("mail.smtp.host", h));
        properties.setProperty("mail.smtp.port", Integer.toString(port));
        String millis = Long.toString(timeout.toMillis());
        properties.setProperty("mail.smtp.connectiontimeout", millis);
        properties.setProperty("mail.smtp.timeout", millis);
        properties.setProperty("mail.smtp.writetimeout", millis);
        properties.setProperty("mail.smtp.auth", Boolean.toString(username.isPresent()));
        properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.setProperty("mail.smtp.starttls.required", Boolean.toString(starttls));
        if (starttls) {
            properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return properties;
    }

    /** Without the password, so the settings can be logged. */
    @Override
    public String toString() {
        return "SMTP " + host.orElse("(none)") + ":" + port + (starttls ? " with STARTTLS" : "")
                + username.map(u -> " as " + u).orElse("") + ", from " + from;
    }
}

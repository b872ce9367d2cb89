package org.recourse.platform.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends plain-text mail through the configured SMTP server. The jakarta.mail session is built here from the
 * portal's settings rather than declared as a container resource, so one environment variable per setting is all
 * an operator needs and an unset host simply means "do not send".
 */
@ApplicationScoped
public class SmtpMailer {

    private static final Logger LOG = Logger.getLogger(SmtpMailer.class.getName());

    private SmtpSettings settings;
    private Session session;

    @PostConstruct
    void configure() {
        use(SmtpSettings.from(ConfigProvider.getConfig(SmtpMailer.class.getClassLoader())));
    }

    /** A mailer outside the container (tests, tools), with settings given rather than read. */
    public static SmtpMailer using(SmtpSettings settings) {
        SmtpMailer mailer = new SmtpMailer();
        mailer.use(settings);
        return mailer;
    }

    private void use(SmtpSettings settings) {
        this.settings = settings;
        if (settings.isConfigured()) {
            session = Session.getInstance(settings.sessionProperties());
            LOG.info(() -> "Mail goes out through " + settings);
        } else {
            LOG.info("No SMTP host is set (RECOURSE_MAIL_SMTP_HOST): mail waits in the outbox, see /staff/admin/outbox.");
        }
    }

    public boolean isConfigured() {
        return settings.isConfigured();
    }

    /** Opens one connection to the server, for one or more messages. */
    public Connection connect() throws MessagingException {
        if (!isConfigured()) {
            throw new IllegalStateException("No SMTP host is configured.");
        }
        Transport transport = session.getTransport("smtp");
        transport.connect(settings.host().orElseThrow(), settings.port(), settings.username().orElse(null),
                settings.password().orElse(null));
        return new Connection(transport);
    }

    /** An open connection to the mail server. */
    public final class Connection implements AutoCloseable {

        private final Transport transport;

        private Connection(Transport transport) {
            this.transport = transport;
        }

        /**
         * Sends one mail. With an unsubscribe address, the mail carries RFC 8058 one-click headers, so the reader's
         * mail program can offer "unsubscribe" itself.
         */
        public void send(String to, String subject, String body, String unsubscribeUrl, Instant date)
                throws MessagingException {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(date));
            // RFC 3834: an automatic message; out-of-office replies and the like should not answer it.
            message.setHeader("Auto-Submitted", "auto-generated");
            if (unsubscribeUrl != null) {
                message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // Whatever was sent has been accepted already; a failed QUIT changes nothing.
                LOG.fine(() -> "Closing the SMTP connection failed: " + MailFailure.describe(e));
            }
        }
    }
}

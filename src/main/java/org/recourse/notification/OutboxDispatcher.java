package org.recourse.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.List;
import java.util.OptionalInt;
import java.util.logging.Logger;
import org.recourse.platform.mail.MailFailure;
import org.recourse.platform.mail.SmtpMailer;

/**
 * Sends the outbox's due mail: claims a batch, sends it over one SMTP connection, and records each outcome as soon
 * as it is known. Delivery is at least once: a node that dies between the server's "accepted" and the record of it
 * leaves the message to be sent again when its claim runs out.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    /** Batches per run; whatever is left waits for the next run. */
    static final int MAX_BATCHES = 20;

    @Inject
    OutboxClaims claims;

    @Inject
    SmtpMailer mailer;

    @Inject
    OutboxSettings settings;

    @Inject
    Clock clock;

    /**
     * Sends what is due and returns how many mails went out; without an SMTP host it does nothing at all. A run stops
     * at the first batch that cannot reach the server: the rest waits for its own next attempt.
     */
    public int dispatchDue() {
        if (!mailer.isConfigured()) {
            return 0;
        }
        int delivered = 0;
        boolean resumed = false;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<ClaimedMail> claimed = claims.claimDue(clock.instant(), settings.batchSize(), settings.claimFor());
            if (claimed.isEmpty()) {
                break;
            }
            OptionalInt sent = send(claimed);
            if (sent.isEmpty()) {
                break;
            }
            delivered += sent.getAsInt();
            int broughtForward = 0;
            if (!resumed && sent.getAsInt() > 0) {
                resumed = true;
                broughtForward = resume();
            }
            if (claimed.size() < settings.batchSize() && broughtForward == 0) {
                break;
            }
        }
        return delivered;
    }

    /**
     * After the first mail a run delivers, brings forward the messages that waited because the server was down
     * ({@link OutboxClaims#resume}): after an outage of any length, what is left goes within a claim's length (10 min by
     * default) of the server's first success, in this very run when it waited longer than that, not at the end of each
     * message's own backoff (up to an hour).
     */
    private int resume() {
        int resumed = claims.resume(clock.instant(), settings.claimFor());
        if (resumed > 0) {
            LOG.info(() -> "The SMTP server answers again: " + resumed + " messages that waited are due now.");
        }
        return resumed;
    }

    /** Sends a batch over one connection; empty if the server could not be reached at all. */
    private OptionalInt send(List<ClaimedMail> batch) {
        int delivered = 0;
        try (SmtpMailer.Connection smtp = mailer.connect()) {
            for (ClaimedMail mail : batch) {
                try {
                    smtp.send(mail.recipient(), mail.subject(), mail.body(), mail.unsubscribeUrl(), clock.instant());
                } catch (MessagingException e) {
                    recordFailure(mail, e);
                    continue;
                }
                claims.delivered(mail.id(), clock.instant());
                delivered++;
            }
        } catch (MessagingException e) {
            batch.forEach(mail -> recordFailure(mail, e));
            return OptionalInt.empty();
        }
        return OptionalInt.of(delivered);
    }

    private void recordFailure(ClaimedMail mail, Exception e) {
        String reason = MailFailure.describe(e);
        if (claims.failed(mail.id(), clock.instant(), reason, settings.retryPolicy())) {
            LOG.warning(() -> "Outbox message " + mail.id() + " is given up after its last attempt (" + reason
                    + "); an admin can retry it at /staff/admin/outbox.");
        } else {
            LOG.info(() -> "Outbox message " + mail.id() + " will be retried: " + reason);
        }
    }
}

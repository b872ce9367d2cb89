package org.recourse.screening.bans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.recourse.audit.AuditLog;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.webhook.WebhookEvent;
import org.recourse.webhook.WebhookOutbox;

/**
 * Bans of uploaders: made when their upload is removed as a sexual image of a child, told to the platform by webhook,
 * checked at every upload and account screening, lifted by supervisors. Audited.
 */
@ApplicationScoped
public class UploaderBans {

    /** The answer to an account screening. */
    public record AccountVerdict(boolean refused, String bannedUploader, String matchedSignal) {
    }

    /** Signal types the platform may send, and how their hashed values look (lower-case hex). */
    public static final Pattern SIGNAL_TYPE = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    public static final Pattern SIGNAL_HASH = Pattern.compile("[0-9a-f]{32,128}");

    @Inject
    BanRepository repository;

    @Inject
    WebhookOutbox webhooks;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Bans an uploader (once: an uploader already banned stays as they are). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UploaderBan> ban(String uploaderId, String reason, String caseNumber, String actor) {
        if (uploaderId == null || active(uploaderId).isPresent()) {
            return Optional.empty();
        }
        UploaderBan ban = new UploaderBan(uploaderId, reason, caseNumber, actor, clock.instant());
        repository.add(ban);
        audit.record(actor, "uploader.banned", "uploader-ban:" + ban.id(), reason + (caseNumber == null ? ""
                : ", case " + caseNumber));
        webhooks.publish(WebhookEvent.create("uploader.banned", "uploader:" + uploaderId, ban.bannedAt(),
                JsonSupport.object().add("uploaderId", uploaderId).add("reason", reason)
                        .add("caseNumber", caseNumber == null ? "" : caseNumber).build()));
        return Optional.of(ban);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UploaderBan> active(String uploaderId) {
        if (uploaderId == null) {
            return Optional.empty();
        }
        return repository.active(uploaderId);
    }

    /** A supervisor lifts a ban, saying why; the platform is told. */
    @Transactional
    public boolean lift(long banId, String supervisor, String why) {
        Optional<UploaderBan> found = repository.lock(banId).filter(UploaderBan::isActive);
        if (found.isEmpty()) {
            return false;
        }
        UploaderBan ban = found.get();
        ban.lift(supervisor, why, clock.instant());
        audit.record(supervisor, "uploader.ban-lifted", "uploader-ban:" + banId, ban.liftReason());
        webhooks.publish(WebhookEvent.create("uploader.ban_lifted", "uploader:" + ban.uploaderId(), ban.liftedAt(),
                JsonSupport.object().add("uploaderId", ban.uploaderId()).build()));
        return true;
    }

    @Transactional
    public List<UploaderBan> list(int max) {
        return repository.list(max);
    }

    /**
     * Screens an account: its signals are remembered for its uploader id (so a later ban covers them), then refused
     * if the uploader, or any account sharing one of its signals, is banned.
     */
    @Transactional
    public AccountVerdict screenAccount(String uploaderId, Map<String, String> signals) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (uploaderId != null) {
            signals.forEach((type, hash) -> repository.rememberSignal(uploaderId, type, hash, now));
            Optional<UploaderBan> own = active(uploaderId);
            if (own.isPresent()) {
                return new AccountVerdict(true, uploaderId, null);
            }
        }
        for (Map.Entry<String, String> signal : signals.entrySet()) {
            Optional<String> banned = repository.bannedWithSignal(signal.getKey(), signal.getValue());
            if (banned.isPresent()) {
                return new AccountVerdict(true, banned.get(), signal.getKey());
            }
        }
        return new AccountVerdict(false, null, null);
    }
}

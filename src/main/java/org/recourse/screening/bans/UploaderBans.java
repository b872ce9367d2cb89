package org.recourse.screening.bans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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

    @PersistenceContext
    EntityManager em;

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
        em.persist(ban);
        em.flush();
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
        return em.createQuery("select b from UploaderBan b where b.uploaderId = :u and b.liftedAt is null",
                UploaderBan.class).setParameter("u", uploaderId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** A supervisor lifts a ban, saying why; the platform is told. */
    @Transactional
    public boolean lift(long banId, String supervisor, String why) {
        UploaderBan ban = em.find(UploaderBan.class, banId, LockModeType.PESSIMISTIC_WRITE);
        if (ban == null || !ban.isActive()) {
            return false;
        }
        ban.lift(supervisor, why, clock.instant());
        audit.record(supervisor, "uploader.ban-lifted", "uploader-ban:" + banId, ban.liftReason());
        webhooks.publish(WebhookEvent.create("uploader.ban_lifted", "uploader:" + ban.uploaderId(), ban.liftedAt(),
                JsonSupport.object().add("uploaderId", ban.uploaderId()).build()));
        return true;
    }

    @Transactional
    public List<UploaderBan> list(int max) {
        return em.createQuery("select b from UploaderBan b order by b.liftedAt nulls first, b.bannedAt desc",
                UploaderBan.class).setMaxResults(max).getResultList();
    }

    /**
     * Screens an account: its signals are remembered for its uploader id (so a later ban covers them), then refused
     * if the uploader, or any account sharing one of its signals, is banned.
     */
    @Transactional
    public AccountVerdict screenAccount(String uploaderId, Map<String, String> signals) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (uploaderId != null) {
            signals.forEach((type, hash) -> em.createNativeQuery("""
                            insert into account_signal (uploader_id, signal_type, signal_hash, first_seen)
                            select ?1, ?2, ?3, ?4 where not exists (select 1 from account_signal
                                where uploader_id = ?1 and signal_type = ?2 and signal_hash = ?3)""")
                    .setParameter(1, uploaderId).setParameter(2, type).setParameter(3, hash).setParameter(4, now)
                    .executeUpdate());
            Optional<UploaderBan> own = active(uploaderId);
            if (own.isPresent()) {
                return new AccountVerdict(true, uploaderId, null);
            }
        }
        for (Map.Entry<String, String> signal : signals.entrySet()) {
            List<?> banned = em.createNativeQuery("""
                            select s.uploader_id from account_signal s join uploader_ban b on b.uploader_id = s.uploader_id
                            where s.signal_type = ?1 and s.signal_hash = ?2 and b.lifted_at is null""")
                    .setParameter(1, signal.getKey()).setParameter(2, signal.getValue()).setMaxResults(1)
                    .getResultList();
            if (!banned.isEmpty()) {
                return new AccountVerdict(true, (String) banned.get(0), signal.getKey());
            }
        }
        return new AccountVerdict(false, null, null);
    }
}

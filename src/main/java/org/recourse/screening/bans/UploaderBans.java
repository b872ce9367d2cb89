package org.recourse.screening.bans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.recourse.audit.AuditLog;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.Reviewer;
import org.recourse.cases.StrikePolicy;
import org.recourse.screening.ScreeningStatements;
import org.recourse.webhook.WebhookOutbox;

/**
 * Bans of uploaders: given by the strike policy when their upload is removed, or by a supervisor's hand; told to the
 * platform by webhook, checked at every upload and account screening, lifted by supervisors. Audited.
 */
@ApplicationScoped
public class UploaderBans {

    /** The answer to an account screening. */
    public record AccountVerdict(boolean refused, String bannedUploader, String matchedSignal) {
    }

    /** Signal types the platform may send, and how their hashed values look (lower-case hex). */
    public static final Pattern SIGNAL_TYPE = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    public static final Pattern SIGNAL_HASH = Pattern.compile("[0-9a-f]{32,128}");

    /** An uploader id as the platform sends it (as /screen and /content accept it): printable, up to 200. */
    private static final Pattern UPLOADER_ID = Pattern.compile("[\\p{Graph}]{1,200}");

    @Inject
    BanRepository repository;

    @Inject
    WebhookOutbox webhooks;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<UploaderBanned> banned;

    @Inject
    ScreeningStatements statements;

    /**
     * Bans an uploader as the policy says for a removal in a case: once (an uploader already banned stays as they are,
     * and a case that banned them once does not ban them again after a lift, when an item is decided again).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UploaderBan> banByPolicy(String uploaderId, StrikePolicy.Sanction sanction, String caseNumber,
            String reviewer, Instant decidedAt) {
        if (active(uploaderId).isPresent() || repository.bannedFromCase(uploaderId, caseNumber)) {
            return Optional.empty();
        }
        UploaderBan ban = UploaderBan.byPolicy(uploaderId, sanction, caseNumber, reviewer, clock.instant());
        repository.add(ban);
        audit.record(reviewer, "uploader.banned", "uploader-ban:" + ban.id(), ban.reason() + ", case " + caseNumber);
        webhooks.publish(SanctionStatements.bannedByPolicy(ban, sanction, decidedAt));
        return Optional.of(ban);
    }

    /**
     * A supervisor bans an uploader by hand, writing why; from a case (its number kept) or from the bans page.
     *
     * @throws SanctionRefusedException if the reviewer is not a supervisor, the reason is too short, the uploader id
     *     is not one, or the uploader is banned already; nothing is stored then
     */
    @Transactional
    public UploaderBan banByHand(String uploaderId, String why, String caseNumber, Reviewer supervisor) {
        UploaderBan.requireSupervisor(supervisor);
        String uploader = uploaderId == null ? "" : uploaderId.strip();
        if (!UPLOADER_ID.matcher(uploader).matches()) {
            throw new SanctionRefusedException("staff.bans.error.uploader");
        }
        UploaderBan ban = UploaderBan.byHand(uploader, why, caseNumber, supervisor, clock.instant());
        if (active(uploader).isPresent()) {
            throw new SanctionRefusedException("staff.bans.error.alreadyBanned");
        }
        repository.add(ban);
        audit.record(supervisor.username(), "uploader.banned-by-hand", "uploader-ban:" + ban.id(),
                ban.reason() + (caseNumber == null ? "" : ", case " + caseNumber));
        webhooks.publish(SanctionStatements.bannedByHand(ban));
        banned.fire(new UploaderBanned(uploader, caseNumber == null ? null
                : CaseNumbers.parse(caseNumber).stream().boxed().findFirst().orElse(null),
                null, null, true));
        return ban;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UploaderBan> active(String uploaderId) {
        if (uploaderId == null) {
            return Optional.empty();
        }
        return repository.active(uploaderId);
    }

    /**
     * A supervisor lifts a ban, writing why (by hand, or because an appeal reversed the decision); the platform is
     * told, with the statement of reasons that the restriction ended. False if the ban was lifted already.
     *
     * @throws SanctionRefusedException if the reviewer is not a supervisor or the reason is too short
     */
    @Transactional
    public boolean lift(long banId, Reviewer supervisor, String why) {
        Optional<UploaderBan> found = repository.lock(banId).filter(UploaderBan::isActive);
        if (found.isEmpty()) {
            return false;
        }
        UploaderBan ban = found.get();
        ban.lift(supervisor, why, clock.instant());
        audit.record(supervisor.username(), "uploader.ban-lifted", "uploader-ban:" + banId, ban.liftReason());
        // The statement that the ban ended is the next version of the ban's own, and travels with the webhook.
        webhooks.publish(SanctionStatements.unbanned(ban, statements.banLifted(ban.uploaderId())));
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

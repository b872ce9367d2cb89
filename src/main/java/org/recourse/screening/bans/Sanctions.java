package org.recourse.screening.bans;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.AuditLog;
import org.recourse.cases.Case;
import org.recourse.cases.CaseItem;
import org.recourse.cases.Category;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.ItemDecision;
import org.recourse.cases.ItemStatus;
import org.recourse.cases.Reviewer;
import org.recourse.cases.StrikePolicy;
import org.recourse.review.ItemDecided;
import org.recourse.webhook.WebhookOutbox;

/**
 * Applies the strike policy when an item is removed (or referred, which removes a hosted item), in the deciding
 * transaction: to the uploader the platform named for the item, for the category the removal confirms. A strike is
 * one per uploader and case, so a re-decision or a second item of the same case changes nothing. Audited; each strike
 * and ban is a webhook with its statement of reasons.
 */
@ApplicationScoped
public class Sanctions {

    @Inject
    CaseRepository cases;

    @Inject
    BanRepository repository;

    @Inject
    UploaderBans bans;

    @Inject
    StrikePolicy policy;

    @Inject
    WebhookOutbox webhooks;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<UploaderBanned> banned;

    void itemDecided(@Observes ItemDecided decided) {
        CaseItem item = cases.findItem(decided.itemId()).orElse(null);
        if (item == null || item.content() == null || item.content().uploaderId() == null
                || (item.status() != ItemStatus.REMOVED && item.status() != ItemStatus.REFERRED)) {
            return;
        }
        cases.latestDecision(item).ifPresent(decision -> removed(item, decision));
    }

    /** What the policy does for this removal; nothing twice for the same uploader and case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StrikePolicy.Sanction removed(CaseItem item, ItemDecision decision) {
        String uploader = item.content().uploaderId();
        Case caseFile = item.caseFile();
        String caseNumber = CaseNumbers.format(caseFile.id());
        StrikePolicy.Sanction sanction = policy.onRemoval(
                StrikePolicy.removedAs(caseFile.category(), decision.reason()), 0);
        if (sanction.nothing()) {
            return sanction;
        }
        if (sanction.rule().kind() == org.recourse.cases.SanctionRule.Kind.STRIKE) {
            if (repository.strike(uploader, caseFile.id()).isPresent()) {
                return sanction;
            }
            Instant since = clock.instant().minus(Duration.ofDays(sanction.rule().windowDays()));
            sanction = policy.onRemoval(sanction.category(), repository.strikesSince(uploader, since));
            UploaderStrike strike = new UploaderStrike(uploader, caseFile.id(), sanction.category(),
                    decision.decidedBy(), clock.instant());
            repository.addStrike(strike);
            audit.record(decision.decidedBy(), "uploader.strike", "uploader-strike:" + strike.id(),
                    sanction.ruleApplied() + ": " + sanction.category().code() + ", case " + caseNumber);
            webhooks.publish(SanctionStatements.strike(uploader, sanction, caseNumber, decision.decidedAt()));
        }
        if (sanction.ban()) {
            Category removedAs = sanction.category();
            bans.banByPolicy(uploader, sanction, caseNumber, decision.decidedBy(), decision.decidedAt())
                    .ifPresent(ban -> banned.fire(new UploaderBanned(uploader, caseFile.id(), item.content().id(),
                            removedAs, false)));
        }
        return sanction;
    }

    /**
     * An appeal reversed the removal of this item. Unless another item of the same uploader in the case stays removed,
     * the case's strike against the uploader no longer counts, and the ban the case caused (a ban at once, or one
     * given at a strike that no longer has enough strikes behind it) is lifted through {@link UploaderBans#lift},
     * the path of a supervisor's lift by hand, so the platform is told as for any lift. A ban by hand stays: a person
     * gave it for reasons of their own.
     *
     * @param by who lifts, a supervisor (the appeal's decider, or the portal acting on the appeal)
     * @param why what the audit and the lift record say, e.g. the appeal's reference
     * @return whether a ban was lifted
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean reversed(CaseItem item, Reviewer by, String why) {
        String uploader = item.content() == null ? null : item.content().uploaderId();
        if (uploader == null || stillRemovedFor(uploader, item)) {
            return false;
        }
        Case caseFile = item.caseFile();
        String caseNumber = CaseNumbers.format(caseFile.id());
        repository.strike(uploader, caseFile.id()).filter(strike -> strike.withdraw(why, clock.instant()))
                .ifPresent(strike -> audit.record(by.username(), "uploader.strike-withdrawn",
                        "uploader-strike:" + strike.id(), "case " + caseNumber + ": " + why));
        return bans.active(uploader).filter(ban -> !ban.byHand())
                .filter(ban -> caseNumber.equals(ban.caseNumber()) || !restsOnEnoughStrikes(ban))
                .map(ban -> bans.lift(ban.id(), by, why)).orElse(false);
    }

    private static boolean stillRemovedFor(String uploader, CaseItem reversed) {
        return reversed.caseFile().items().stream()
                .filter(other -> !other.id().equals(reversed.id()) && other.content() != null)
                .filter(other -> uploader.equals(other.content().uploaderId()))
                .filter(other -> other.status() == ItemStatus.REMOVED || other.status() == ItemStatus.REFERRED)
                // An item an appeal restored keeps its case status; its content is shown again.
                .anyMatch(other -> !other.content().visibility().isServed());
    }

    /** Whether a strike-rule ban still has as many counting strikes in its window as the strike that banned. */
    private boolean restsOnEnoughStrikes(UploaderBan ban) {
        if (ban.strikeNumber() == null || ban.windowDays() == null) {
            return true;
        }
        Instant from = ban.bannedAt().minus(Duration.ofDays(ban.windowDays()));
        return repository.countingStrikes(ban.uploaderId(), from, ban.bannedAt()) >= ban.strikeNumber();
    }

    /** The policy in force, for the page that shows it. */
    public StrikePolicy policy() {
        return policy;
    }

    /** The strikes of these uploaders, the latest first. */
    @Transactional
    public List<UploaderStrike> strikesOf(Collection<String> uploaderIds) {
        return repository.strikesOf(uploaderIds);
    }

    /** The uploaders the platform named for the hosted items of a case, in the order of its items. */
    @Transactional
    public List<String> uploadersOf(long caseId) {
        return cases.find(caseId).map(c -> c.items().stream()
                        .map(CaseItem::content).filter(content -> content != null && content.uploaderId() != null)
                        .map(content -> content.uploaderId()).distinct().toList())
                .orElse(List.of());
    }

    /** The ban in force for an uploader, if any. */
    @Transactional
    public Optional<UploaderBan> activeBan(String uploaderId) {
        return bans.active(uploaderId);
    }
}

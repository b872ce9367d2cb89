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

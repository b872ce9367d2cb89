package org.recourse.context;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import org.recourse.cases.CaseItem;
import org.recourse.intake.ReportFiled;
import org.recourse.screening.staydown.UploadScreened;
import org.recourse.screening.staydown.UploadScreening;
import org.recourse.webhook.WebhookOutbox;

/**
 * Each uploader's behaviour signals, from what Recourse already sees: uploads held or blocked and near misses (upload
 * screening's {@link UploadScreened}), people's reports on their content ({@link ReportFiled}; the portal's own
 * reports are counted as what caused them), and their captions and titles that matched a phrase rule (context
 * screening). Every signal is weighed at once under the {@link BehaviourPolicy}: a crossing flags the uploader and
 * queues {@code uploader.flagged} once, in the same transaction as the signal.
 */
@ApplicationScoped
public class BehaviourSignals {

    private static final Logger LOG = Logger.getLogger(BehaviourSignals.class.getName());

    @Inject
    ContextRepository repository;

    @Inject
    BehaviourPolicyProducer policies;

    @Inject
    WebhookOutbox webhooks;

    @Inject
    Clock clock;

    void uploadScreened(@Observes UploadScreened screened) {
        if (screened.uploaderId() == null) {
            return;
        }
        // The same content id screened again is one upload; without an id, each attempt counts.
        String key = screened.contentId() == null ? null : "upload:" + screened.contentId();
        if (screened.outcome() == UploadScreening.Outcome.HOLD) {
            record(screened.uploaderId(), SignalKind.HELD, key);
        } else if (screened.outcome() == UploadScreening.Outcome.BLOCK) {
            record(screened.uploaderId(), SignalKind.BLOCKED, key);
        } else if (screened.nearestMiss().isPresent()) {
            record(screened.uploaderId(), SignalKind.NEAR_MISS, key);
        }
    }

    void reportFiled(@Observes ReportFiled filed) {
        if (filed.report().note() != null) {
            return; // the portal's own report: what caused it is the signal
        }
        filed.report().items().stream().map(CaseItem::content).filter(Objects::nonNull)
                .map(item -> item.uploaderId()).filter(Objects::nonNull).distinct()
                .forEach(uploader -> record(uploader, SignalKind.REPORTED, "report:" + filed.report().id()));
    }

    /** Records a signal (once per source key) and weighs the uploader again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String uploaderId, SignalKind kind, String sourceKey) {
        if (repository.addSignal(uploaderId, kind, sourceKey, clock.instant())) {
            weigh(uploaderId);
        }
    }

    /** Where an uploader stands now; weighing them again first if they were ever weighed (a flag may have lapsed). */
    @Transactional
    public Standing standing(String uploaderId) {
        if (repository.findFlag(uploaderId) != null) {
            return weigh(uploaderId);
        }
        BehaviourPolicy policy = policies.policy();
        Map<SignalKind, Long> counts = repository.signalsSince(uploaderId, policy.windowStart(clock.instant()));
        return new Standing(uploaderId, counts, policy.score(counts), policy.flagAt(), policy.windowDays(), false,
                null);
    }

    private Standing weigh(String uploaderId) {
        BehaviourPolicy policy = policies.policy();
        Instant now = clock.instant();
        Map<SignalKind, Long> counts = repository.signalsSince(uploaderId, policy.windowStart(now));
        int score = policy.score(counts);
        UploaderFlag flag = repository.flagOf(uploaderId);
        boolean crossed = flag.weigh(score, policy, now);
        Standing standing = new Standing(uploaderId, counts, score, policy.flagAt(), policy.windowDays(),
                flag.isFlagged(), flag.flaggedAt());
        if (crossed) {
            webhooks.publish(FlagEvents.flagged(standing, now));
            LOG.info(() -> "An uploader's behaviour crossed the flag threshold (score " + score + ").");
        }
        return standing;
    }
}

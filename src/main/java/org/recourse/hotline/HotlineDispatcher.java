package org.recourse.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.recourse.evidence.EvidenceReader;
import org.recourse.evidence.OpenedEvidence;

/**
 * Sends due hotline reports: claims a batch, opens each record (as {@code system}, for the record's custody log),
 * delivers it through the hotline's API outside any transaction, each step stored as it is done, and records the
 * outcome. A failure that may pass later (the hotline down, a timeout) waits and is retried until the deadline; one
 * that never will (the hotline refused what we sent) is dead at once, for an admin to look at.
 */
@ApplicationScoped
public class HotlineDispatcher {

    private static final Logger LOG = Logger.getLogger(HotlineDispatcher.class.getName());
    static final int BATCH = 10;
    static final String PURPOSE = "hotline report ";

    @Inject
    HotlineClaims claims;

    @Inject
    HotlineSettings settings;

    @Inject
    HotlineDeliveries deliveries;

    @Inject
    EvidenceReader evidence;

    @Inject
    Clock clock;

    /** Sends batch after batch until nothing is due; returns how many were filed. */
    public int dispatchDue() {
        int filed = 0;
        Map<String, Optional<HotlineDelivery>> perHotline = new HashMap<>();
        List<HotlineClaims.Claimed> batch;
        do {
            batch = claims.claimDue(clock.instant(), BATCH, settings.claimFor());
            for (HotlineClaims.Claimed claimed : batch) {
                Optional<HotlineDelivery> delivery = perHotline.computeIfAbsent(claimed.hotline(),
                        deliveries::forRun);
                if (send(claimed, delivery)) {
                    filed++;
                }
            }
        } while (batch.size() == BATCH);
        return filed;
    }

    private boolean send(HotlineClaims.Claimed claimed, Optional<HotlineDelivery> delivery) {
        if (delivery.isEmpty()) {
            return fail(claimed, HotlineProblem.NOT_CONFIGURED.stored("turned off, or no credentials set for "
                    + claimed.hotline()), true);
        }
        Optional<OpenedEvidence> record;
        try {
            record = evidence.open(claimed.recordId(), "system", PURPOSE + claimed.hotline());
        } catch (IllegalStateException e) {
            return fail(claimed, HotlineProblem.RECORD_ALTERED.stored("the record failed verification: not sent"),
                    false);
        }
        if (record.isEmpty()) {
            return fail(claimed, HotlineProblem.RECORD_GONE.stored("the record no longer exists"), false);
        }
        ReportContent content = ReportContents.of(record.get(), settings.reporter(), settings.contact(),
                clock.instant());
        if (!settings.ncmecIndustryClassification()) {
            content = content.unclassified();
        }
        try {
            delivery.get().deliver(record.get(), content, new StoredProgress(claims, claimed.id()));
            claims.finished(claimed.id(), clock.instant());
            LOG.info(() -> "Hotline report " + claimed.id() + " of record " + claimed.recordId() + " filed with "
                    + claimed.hotline());
            return true;
        } catch (DeliveryFailure e) {
            HotlineProblem problem = e.problem() == null ? HotlineProblem.OTHER : e.problem();
            return fail(claimed, problem.stored(e.getMessage()), e.isTransient());
        }
    }

    private boolean fail(HotlineClaims.Claimed claimed, String reason, boolean mayPassLater) {
        if (claims.failed(claimed.id(), clock.instant(), reason, mayPassLater, settings.retryPolicy())) {
            LOG.warning(() -> "Hotline report " + claimed.id() + " to " + claimed.hotline() + " given up: " + reason
                    + "; an admin can retry or retract it at /staff/admin/hotline.");
        } else {
            LOG.info(() -> "Hotline report " + claimed.id() + " to " + claimed.hotline() + " will be retried: "
                    + reason);
        }
        return false;
    }
}

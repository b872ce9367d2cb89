package org.recourse.dsa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.recourse.audit.AuditLog;
import org.recourse.platform.outbox.Backoff;
import org.recourse.platform.outbox.OutboxStatus;

/**
 * The job's side of the outbox, each step a short transaction of its own: claim a batch of due submissions, then
 * record how the call ended for each of them. Nothing stays locked while the call is on the wire.
 */
@ApplicationScoped
public class DsaClaims {

    /** A claimed submission, as the job needs it outside any transaction. */
    public record Claimed(long id, String puid, String payload) {
    }

    @Inject
    DsaRepository repository;

    @Inject
    AuditLog audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claimDue(Instant now, int max, Duration claimFor) {
        List<Long> ids = repository.lockDue(now, max);
        if (ids.isEmpty()) {
            return List.of();
        }
        return repository.byIds(ids).stream()
                .peek(submission -> submission.claim(now, claimFor))
                .map(submission -> new Claimed(submission.id(), submission.puid(), submission.payload().orElseThrow()))
                .toList();
    }

    /** Records the database's answer to the batch {@code claimed} (in the order sent). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(List<Claimed> claimed, BatchOutcome outcome, Instant now, Backoff backoff) {
        for (int position = 0; position < claimed.size(); position++) {
            Claimed one = claimed.get(position);
            DsaSubmission submission = repository.lock(one.id()).orElseThrow();
            if (submission.status() != OutboxStatus.PENDING) {
                continue;
            }
            record(submission, position, outcome, now, backoff);
        }
    }

    private void record(DsaSubmission submission, int position, BatchOutcome outcome, Instant now, Backoff backoff) {
        if (outcome instanceof BatchOutcome.Created created) {
            submission.accepted(now, created.uuids().get(submission.puid()));
        } else if (outcome instanceof BatchOutcome.Refused refused) {
            Map<Integer, String> faults = refused.refused();
            if (faults.containsKey(position)) {
                submission.rejected("refused by the database: " + faults.get(position));
                dead(submission);
            } else if (refused.duplicates().contains(position)) {
                submission.accepted(now, null);
            } else {
                submission.putBack(now);
            }
        } else if (outcome instanceof BatchOutcome.Unauthorized unauthorized) {
            submission.rejected("the database refused the token (HTTP " + unauthorized.status()
                    + "): set a new recourse.dsa.token, then retry");
            dead(submission);
        } else if (outcome instanceof BatchOutcome.Unavailable unavailable) {
            submission.failed(now, unavailable.reason(), backoff);
        }
    }

    /** Nothing could be sent (the address or the token is missing): every claimed one waits and is tried again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void notConfigured(List<Claimed> claimed, Instant now, Backoff backoff) {
        claimed.forEach(one -> repository.lock(one.id()).filter(s -> s.status() == OutboxStatus.PENDING)
                .ifPresent(s -> s.failed(now, "not configured: recourse.dsa.url and recourse.dsa.token are needed",
                        backoff)));
    }

    private void dead(DsaSubmission submission) {
        audit.record("system", "dsa.dead", "statement:" + submission.statementId(), "version "
                + submission.statementVersion() + " given up: " + submission.state().lastError());
    }
}

package org.recourse.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.AuditLog;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.ItemDecision;
import org.recourse.review.ItemDecided;

/**
 * The evidence vault: seals a record when a decision calls for it ({@link SealingRule}), in the deciding transaction;
 * opens one, verified, for a purpose, writing it in the chain of custody; shreds one by destroying its data key first;
 * re-wraps data keys under the current vault key. Decrypted bytes stay in memory.
 */
@ApplicationScoped
public class EvidenceVault implements EvidenceReader {

    @Inject
    CaseRepository cases;

    @Inject
    EvidenceRepository records;

    @Inject
    EvidenceCollector collector;

    @Inject
    CustodyLog custody;

    @Inject
    VaultSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<EvidenceSealed> sealedEvent;

    void itemDecided(@Observes ItemDecided decided) {
        CaseItem item = cases.findItem(decided.itemId()).orElse(null);
        if (item == null || records.findByCaseItem(item.id()).isPresent()) {
            return;
        }
        cases.latestDecision(item).filter(decision -> settings.rule().seals(item, decision.decision()))
                .ifPresent(decision -> seal(item, decision));
    }

    /** Seals what this decision preserves, in the caller's transaction; audited with the manifest's hash. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EvidenceRecord seal(CaseItem item, ItemDecision decision) {
        EvidenceCollector.Collected collected = collector.collect(item, decision);
        long id = records.nextId();
        long caseId = item.caseFile().id();
        // To the microsecond, as both databases keep it: the manifest's time must match the record's as read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        RecordSeal.Sealed sealed = RecordSeal.seal(settings.keys().current(), id, caseId, item.id(), now,
                MetadataJson.write(collected.metadata()), collected.files(), collected.pdqs());
        EvidenceRecord record = new EvidenceRecord(id, caseId, item.id(), item.content().id(),
                item.caseFile().category(), now, decision.decidedBy(), sealed.vaultKeyId(), sealed.wrappedKey(),
                sealed.manifestSha256());
        records.add(record, sealed.parts());
        custody.record(id, decision.decidedBy(), CustodyAction.SEALED, "manifest sha256 " + sealed.manifestSha256()
                + "; " + collected.files().size() + " file(s); vault key " + sealed.vaultKeyId());
        sealedEvent.fire(new EvidenceSealed(id, caseId, item.id(), decision.assessment().imminentDanger()));
        return record;
    }

    @Override
    @Transactional
    public Optional<OpenedEvidence> open(long recordId, String actor, String purpose) {
        Optional<EvidenceRecord> found = records.find(recordId).filter(EvidenceRecord::isSealed);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EvidenceRecord record = found.get();
        RecordSeal.Opened opened;
        try {
            opened = RecordSeal.open(settings.keys(), record, records.parts(recordId));
        } catch (IllegalStateException e) {
            // Said in a transaction of its own: the caller's rolls back with the exception.
            audit.recordNow(actor, "evidence.verification-failed", CustodyLog.subjectOf(record), e.getMessage());
            throw e;
        }
        custody.record(recordId, actor, CustodyAction.OPENED, purpose);
        List<EvidenceFile> files = opened.files().stream().map(file -> {
            Manifest.File hashes = opened.manifest().files().stream().filter(f -> f.name().equals(file.name()))
                    .findFirst().orElseThrow();
            return new EvidenceFile(file.name(), file.mediaType(), file.bytes(), hashes.sha256(), hashes.md5(),
                    hashes.pdq());
        }).toList();
        return Optional.of(new OpenedEvidence(recordId, record.caseId(), record.caseItemId(), record.sealedAt(),
                MetadataJson.read(opened.metadataJson()), opened.metadataJson(), files, record.manifestSha256()));
    }

    /**
     * Crypto-shreds a record: its wrapped data key is destroyed and written to the database first, then its parts are
     * deleted; the row stays as a tombstone with its manifest hash and custody. Audited with the reason.
     *
     * @throws IllegalArgumentException when there is no such record
     * @throws org.recourse.platform.domain.IllegalTransitionException when it was shredded already
     */
    @Transactional
    public void shred(long recordId, String actor, String reason) {
        EvidenceRecord record = records.lock(recordId)
                .orElseThrow(() -> new IllegalArgumentException("No evidence record " + recordId + "."));
        record.shred(actor, reason, clock.instant());
        records.flush();
        int deleted = records.deleteParts(recordId);
        custody.record(recordId, actor, CustodyAction.SHREDDED, record.shreddedReason() + "; data key destroyed, "
                + deleted + " encrypted part(s) deleted");
    }

    /**
     * Re-wraps one record's data key under the current vault key, without touching its parts; false when it is under
     * the current key already or shredded.
     *
     * @throws IllegalStateException when this node lacks the record's old key, or its wrapped key was altered
     */
    @Transactional
    public boolean rewrap(long recordId, String actor) {
        EvidenceRecord record = records.lock(recordId).orElse(null);
        VaultKeys keys = settings.keys();
        if (record == null || !record.isSealed() || record.vaultKeyId().equals(keys.current().id())) {
            return false;
        }
        String from = record.vaultKeyId();
        record.rewrap(keys.current().id(), RecordSeal.rewrap(keys, record));
        custody.record(recordId, actor, CustodyAction.REWRAPPED, "vault key " + from + " to " + keys.current().id());
        return true;
    }

    /** Ids of sealed records not under the current vault key, after {@code afterId}, at most {@code max}. */
    @Transactional
    public List<Long> underOldKeys(long afterId, int max) {
        return records.sealedNotUnder(settings.keys().current().id(), afterId, max);
    }

    /** Records that a sealed record was reported: its chain of custody says to whom and when. */
    void recordReported(@Observes RecordReported reported) {
        custody.record(reported.recordId(), reported.actor(), CustodyAction.REPORTED, reported.kind() + " to "
                + reported.recipient() + (reported.externalReference() == null ? ""
                : ", reference " + reported.externalReference()));
    }
}

package org.recourse.evidence.legal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.recourse.audit.AuditLog;
import org.recourse.cases.CaseNumbers;
import org.recourse.evidence.CustodyAction;
import org.recourse.evidence.CustodyLog;
import org.recourse.evidence.EvidenceReader;
import org.recourse.evidence.EvidenceRecord;
import org.recourse.evidence.EvidenceRepository;
import org.recourse.evidence.EvidenceStatus;
import org.recourse.evidence.OpenedEvidence;

/**
 * What a LEGAL member does with the vault: list records, look at one, open its metadata, export it as a signed
 * package. Every view is audited; opening goes through the vault's {@link EvidenceReader}, which writes the opening in
 * the record's chain of custody; every export writes its own custody entry (and so the audit chain) before the
 * package is built, so the package's custody log names the export it is.
 */
@ApplicationScoped
public class LegalDesk {

    static final String VIEWED_PURPOSE = "viewed by legal";
    static final String EXPORT_PURPOSE = "evidence package export";

    @Inject
    EvidenceRepository records;

    @Inject
    EvidenceReader reader;

    @Inject
    CustodyLog custody;

    @Inject
    RecordStatuses statuses;

    @Inject
    LegalRecordRepository queries;

    @Inject
    SigningKeys keys;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** A page of records, newest first; the listing is audited. */
    @Transactional
    public RecordList list(RecordFilter filter, int first, int max, String actor) {
        audit.record(actor, "legal.records.listed", null, filter.describe());
        if (filter.caseNumber() != null && !filter.caseNumber().isBlank()) {
            OptionalLong caseId = CaseNumbers.parse(filter.caseNumber().strip());
            List<RecordRow> rows = caseId.isEmpty() ? List.of() : rows(records.ofCase(caseId.getAsLong())).stream()
                    .filter(row -> filter.status() == null || row.status() == filter.status()).toList();
            return new RecordList(rows.stream().skip(first).limit(max).toList(), rows.size());
        }
        if (filter.status() == null || filter.status() == LegalStatus.SHREDDED) {
            EvidenceStatus vault = filter.status() == null ? null : EvidenceStatus.SHREDDED;
            return new RecordList(rows(records.list(vault, first, max)), records.count(vault));
        }
        List<Long> ids = statuses.idsIn(filter.status());
        List<Long> page = ids.stream().skip(first).limit(max).toList();
        Map<Long, EvidenceRecord> found = queries.records(page);
        return new RecordList(rows(page.stream().map(found::get).filter(java.util.Objects::nonNull).toList()),
                ids.size());
    }

    private List<RecordRow> rows(List<EvidenceRecord> page) {
        Map<Long, LegalStatus> of = statuses.of(page);
        return page.stream().map(record -> RecordRow.of(record, of.get(record.id()))).toList();
    }

    /** One record's details, without decrypting anything; audited. */
    @Transactional
    public Optional<RecordDetails> details(long recordId, String actor) {
        Optional<EvidenceRecord> found = records.find(recordId);
        found.ifPresent(record -> audit.record(actor, "legal.record.viewed", CustodyLog.subjectOf(record), null));
        return found.map(record -> new RecordDetails(row(record), record.sealedBy(), record.vaultKeyId(),
                record.shreddedAt(), record.shreddedBy(), record.shreddedReason(), records.custody(recordId)));
    }

    /**
     * Opens the record to read its metadata (and hashes): an opening, in the chain of custody.
     *
     * @throws EvidenceUnavailableException when it is shredded or fails verification
     */
    @Transactional(dontRollbackOn = EvidenceUnavailableException.class)
    public Optional<OpenedEvidence> open(long recordId, String actor) {
        return opened(recordId, actor, VIEWED_PURPOSE);
    }

    /**
     * Opens the record for export, writes the export in its custody (and the audit chain), and returns the package
     * ready to stream, its custody log ending with this export.
     *
     * @throws EvidenceUnavailableException when it is shredded or fails verification
     */
    @Transactional(dontRollbackOn = EvidenceUnavailableException.class)
    public Optional<PreparedPackage> export(long recordId, String actor) {
        Optional<OpenedEvidence> opened = opened(recordId, actor, EXPORT_PURPOSE);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        InstallationKey key = keys.current();
        custody.record(recordId, actor, CustodyAction.EXPORTED, "evidence package signed by key " + key.fingerprint());
        List<CustodyLine> lines = records.custody(recordId).stream()
                .map(entry -> new CustodyLine(entry.at(), entry.actor(), entry.action().code(), entry.details()))
                .toList();
        return Optional.of(new PreparedPackage(new EvidencePackage.Contents(opened.get(),
                CaseNumbers.format(opened.get().caseId()), lines, actor, clock.instant()), key));
    }

    /** The public half of the installation's signing key (made now if there is none yet). */
    public SigningKeyView signingKey() {
        InstallationKey key = keys.current();
        return new SigningKeyView(key.publicKeyPem(), key.fingerprint(), InstallationKey.ALGORITHM, keys.createdAt());
    }

    private Optional<OpenedEvidence> opened(long recordId, String actor, String purpose) {
        Optional<EvidenceRecord> record = records.find(recordId);
        if (record.isEmpty()) {
            return Optional.empty();
        }
        if (!record.get().isSealed()) {
            throw new EvidenceUnavailableException(recordId, EvidenceUnavailableException.Reason.SHREDDED, null);
        }
        try {
            return reader.open(recordId, actor, purpose);
        } catch (IllegalStateException altered) {
            throw new EvidenceUnavailableException(recordId, EvidenceUnavailableException.Reason.FAILS_VERIFICATION,
                    altered);
        }
    }

    private RecordRow row(EvidenceRecord record) {
        return RecordRow.of(record, statuses.of(record));
    }
}

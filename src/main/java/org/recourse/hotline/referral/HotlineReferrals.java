package org.recourse.hotline.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.AuditLog;
import org.recourse.cases.CaseNumbers;
import org.recourse.evidence.EvidenceReader;
import org.recourse.evidence.OpenedEvidence;
import org.recourse.evidence.RecordReported;
import org.recourse.hotline.HotlineDelivery;
import org.recourse.hotline.HotlineRepository;
import org.recourse.hotline.HotlineSettings;
import org.recourse.hotline.ReportContents;

/**
 * Referrals by hand: the package a person downloads for a recipient without an API, and the record of when and to
 * whom it was sent, which tells the vault ({@link RecordReported}, in the same transaction) so the recipient's
 * retention clock starts. Both audited; opening the record for a package is in its custody log too.
 */
@ApplicationScoped
public class HotlineReferrals {

    @Inject
    EvidenceReader evidence;

    @Inject
    HotlineRepository repository;

    @Inject
    HotlineSettings settings;

    @Inject
    AuditLog audit;

    @Inject
    Event<RecordReported> reported;

    @Inject
    Clock clock;

    /** The package of a record for a recipient, or empty when there is no such record. */
    @Transactional
    public Optional<HotlineDelivery.Packaged> packageFor(String staff, long recordId, Recipient recipient) {
        Optional<OpenedEvidence> record = evidence.open(recordId, staff, "referral package " + recipient.code());
        return record.map(opened -> {
            HotlineDelivery.Packaged packaged = (HotlineDelivery.Packaged) new ReferralPackageDelivery(recipient)
                    .deliver(opened, ReportContents.of(opened, settings.reporter(), settings.contact(),
                            clock.instant()), HotlineDelivery.Progress.NONE);
            audit.record(staff, "hotline.package.downloaded", "evidence-record:" + recordId, "referral package for "
                    + recipient.code() + ", case " + CaseNumbers.format(opened.caseId()) + ", "
                    + opened.files().size() + " file(s)");
            return packaged;
        });
    }

    /**
     * Records that a record was sent by hand.
     *
     * @return the referral, or empty when there is no such record
     * @throws IllegalArgumentException with a message key, when the reference is too long or the time in the future
     */
    @Transactional
    public Optional<HotlineReferral> recordSent(String staff, long recordId, Recipient recipient, String reference,
            Instant sentAt) {
        Optional<OpenedEvidence> record = evidence.open(recordId, staff, "record referral to " + recipient.code());
        return record.map(opened -> {
            HotlineReferral referral = new HotlineReferral(recordId, opened.caseId(), recipient, reference, sentAt,
                    staff, clock.instant());
            repository.add(referral);
            audit.record(staff, "hotline.referral.recorded", "evidence-record:" + recordId, recipient.code() + " ("
                    + recipient.kind() + "), sent " + sentAt + (referral.externalReference() == null ? ""
                    : ", their reference " + referral.externalReference()) + ", case "
                    + CaseNumbers.format(opened.caseId()));
            reported.fire(referral.event());
            return referral;
        });
    }

    @Transactional
    public List<HotlineReferral> latest(int max) {
        return repository.latestReferrals(max);
    }
}

package org.recourse.performers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recourse.audit.AuditLog;
import org.recourse.cases.Category;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRepository;
import org.recourse.intake.IntakeService;
import org.recourse.intake.LocationInput;
import org.recourse.intake.Receipt;
import org.recourse.intake.Reference;
import org.recourse.intake.ReportSubmission;
import org.recourse.intake.SubmissionRules;
import org.recourse.intake.SystemNote;
import org.recourse.matching.video.VpdqText;
import org.recourse.platform.ratelimit.Submitter;
import org.recourse.screening.banks.HashSubmissions;
import org.recourse.webhook.WebhookOutbox;

/**
 * What a withdrawal of consent sets off, in the transaction that records it, as a survivor's report would: every
 * registered item linked to the record is hidden pending review by a portal report (intake's own transition, so the
 * platform gets each item's {@code content.hidden} webhook and a statement of reasons), on a case of non-consensual
 * intimate imagery reported by the person shown; each item's fingerprints enter the bank of survivors' own hashes,
 * unconfirmed, as a survivor's submission does, so a re-upload is held for review (and the sweep hides copies already
 * up elsewhere); the platform gets {@code performer.consent_withdrawn}; all audited. Nothing asks for proof.
 */
@ApplicationScoped
public class ConsentWithdrawal {

    static final String EVENT = "performer.consent_withdrawn";

    @Inject
    ContentRepository content;

    @Inject
    IntakeService intake;

    @Inject
    HashSubmissions survivorHashes;

    @Inject
    WebhookOutbox webhooks;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    Withdrawal withdraw(PerformerRecord record, WithdrawalChannel via, String actor) {
        if (record.status() == RecordStatus.WITHDRAWN) {
            return new Withdrawal(record.recordId(), record.withdrawnAt(), record.withdrawnVia(), 0,
                    record.withdrawalReport() == null ? null : Reference.parse(record.withdrawalReport()).display(),
                    true);
        }
        Instant now = clock.instant();
        record.withdraw(via, now);
        List<ContentItem> items = record.content().stream().map(content::findByPlatformId)
                .flatMap(java.util.Optional::stream).toList();
        int hidden = 0;
        String reference = null;
        if (!items.isEmpty()) {
            Receipt first = null;
            // A report names at most MAX_LOCATIONS places: one is kept to name an item of the first, so all join it.
            int room = SubmissionRules.MAX_LOCATIONS - 1;
            for (int from = 0; from < items.size(); from += room) {
                List<LocationInput> locations = new ArrayList<>();
                items.subList(from, Math.min(items.size(), from + room))
                        .forEach(item -> locations.add(LocationInput.contentId(item.platformContentId())));
                if (from > 0) {
                    locations.add(LocationInput.contentId(items.get(0).platformContentId()));
                }
                Receipt receipt = intake.file(report(record, via, locations, items.size()),
                        Submitter.Internal.CONSENT_WITHDRAWAL);
                first = first == null ? receipt : first;
            }
            hidden = items.size();
            reference = first.reference().display();
            record.hiddenBy(first.reference().compact());
            items.forEach(this::bank);
        }
        webhooks.publish(PerformerEvents.withdrawn(record, items.size()));
        audit.record(actor, "performer.consent.withdrawn", PerformerRecords.subject(record), "through "
                + via.code() + "; " + hidden + " item(s) hidden pending review"
                + (reference == null ? "" : ", report " + reference));
        return new Withdrawal(record.recordId(), now, via, hidden, reference, false);
    }

    private static ReportSubmission report(PerformerRecord record, WithdrawalChannel via,
            List<LocationInput> locations, int items) {
        String details = "The person shown in " + items + " item(s) withdrew their consent (performer record "
                + record.recordId() + ", through " + (via == WithdrawalChannel.API ? "the platform" : "Recourse's "
                + "public page") + "). Hidden pending review; no proof is asked of them.";
        return new ReportSubmission(locations, Category.NON_CONSENSUAL_INTIMATE_IMAGE.code(), true, details, null,
                false, Locale.ENGLISH).withNote(SystemNote.of("report.system.consent." + via.code(), items,
                record.recordId()));
    }

    /** The item's fingerprints become unconfirmed survivor entries: a re-upload is held until a reviewer decides. */
    private void bank(ContentItem item) {
        if (item.sha256() == null) {
            // Registered by PDQ alone: while hidden pending review its PDQ holds re-uploads (stay-down's pending set).
            return;
        }
        String frames = content.video(item.id()).filter(v -> v.frameCount() <= HashSubmissions.MAX_VIDEO_FRAMES)
                .map(v -> VpdqText.write(v.video())).orElse(null);
        survivorHashes.submit(item.sha256(), item.pdq() == null ? null : item.pdq().toHex(), frames,
                Submitter.Internal.CONSENT_WITHDRAWAL);
    }
}

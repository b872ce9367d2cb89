package org.recourse.intake;

import org.recourse.platform.validation.FieldProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.recourse.cases.Case;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.Category;
import org.recourse.cases.SlaPolicy;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRepository;
import org.recourse.platform.ratelimit.SubmissionLimits;
import org.recourse.platform.ratelimit.Submitter;
import org.recourse.platform.ratelimit.TooManySubmissionsException;

/**
 * Files a report. In one transaction it checks the submission, hides every hosted item it names, opens a case or
 * joins the open case that already holds that content, and stores the report under a new reference. Either all of
 * that is stored or none of it.
 */
@ApplicationScoped
public class IntakeService {

    private static final Logger LOG = Logger.getLogger(IntakeService.class.getName());

    @Inject
    LocationResolver resolver;

    @Inject
    ContentRepository content;

    @Inject
    CaseRepository cases;

    @Inject
    ReportRepository reports;

    @Inject
    SlaPolicy policy;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<ReportFiled> filed;

    @Inject
    jakarta.enterprise.event.Event<org.recourse.content.VisibilityChanged> visibilityChanged;

    @Inject
    SubmissionLimits limits;

    /**
     * Files the report, after counting it against its submitter's limit: every report passes here, whatever URL,
     * method or channel it came through, so no door is left uncounted.
     *
     * @throws TooManySubmissionsException if a client has sent its limit for now (nothing is stored)
     * @throws InvalidSubmissionException naming every broken rule (nothing is stored)
     */
    @Transactional
    public Receipt file(ReportSubmission submission, Submitter submitter) {
        limits.count(submitter).orRefuse();
        List<FieldProblem> problems = new ArrayList<>(SubmissionRules.check(submission));
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        List<LocationResolver.Resolved> resolved = resolveAll(submission.locations(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        Instant now = clock.instant();
        Category category = Category.fromCode(submission.categoryCode()).orElseThrow();
        Map<Long, ContentItem> hosted = lockHosted(resolved);
        Set<String> external = new LinkedHashSet<>();
        resolved.stream().filter(r -> !r.isHosted()).forEach(r -> external.add(r.externalUrl()));

        List<CaseItem> alreadyOpen = new ArrayList<>(cases.openItemsForContent(hosted.keySet()));
        alreadyOpen.addAll(cases.openItemsForLocations(external));
        Case target = alreadyOpen.isEmpty()
                ? Case.open(category, submission.byPersonShown(), now, policy)
                : alreadyOpen.get(0).caseFile();
        boolean joined = !alreadyOpen.isEmpty();
        if (!joined) {
            cases.add(target);
        }
        alreadyOpen.stream().map(CaseItem::caseFile).distinct()
                .sorted(java.util.Comparator.comparing(Case::id))
                .forEach(open -> {
                    cases.lock(open);
                    open.joinReport(category, submission.byPersonShown(), now, policy);
                });
        if (submission.removal() != null) {
            // A valid removal request: 48 hours for every case the reported content is on.
            target.takeRemovalRequest(now);
            alreadyOpen.stream().map(CaseItem::caseFile).distinct().forEach(open -> open.takeRemovalRequest(now));
        }

        Report report = new Report(Reference.generate(), target, category, submission.byPersonShown(),
                submission.details(), now);
        report.keepContact(submission.contactEmail(), submission.contactConsent(), submission.locale());
        report.keepRemovalRequest(submission.removal(), now, submission.locale());
        report.note(submission.note());
        int hidden = fileHosted(target, report, hosted, alreadyOpen, now);
        fileExternal(target, report, external, alreadyOpen, now);
        reports.add(report);
        Receipt receipt = new Receipt(report.reference(), category, submission.byPersonShown(), hidden, external.size(),
                now, target.reviewDueAt(), joined, report.contactEmail() != null);
        filed.fire(new ReportFiled(report, receipt));
        LOG.fine(() -> "Filed a " + category + " report: " + hosted.size() + " hosted, " + external.size() + " external");
        return receipt;
    }

    /** The receipt of a stored report, to give again (e.g. as a text file); empty for an unknown reference. */
    @Transactional
    public java.util.Optional<Receipt> receiptFor(Reference reference) {
        return reports.findByReference(reference).map(Receipt::of);
    }

    private List<LocationResolver.Resolved> resolveAll(List<LocationInput> inputs, List<FieldProblem> problems) {
        List<LocationResolver.Resolved> resolved = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            LocationResolver.Resolved one = resolver.resolve(inputs.get(i));
            if (one.isUnknownContentId()) {
                problems.add(FieldProblem.of("items[" + i + "]", "report.error.item.unknownContentId", i + 1,
                        SubmissionRules.shorten(inputs.get(i).text())));
            }
            resolved.add(one);
        }
        return resolved;
    }

    private Map<Long, ContentItem> lockHosted(List<LocationResolver.Resolved> resolved) {
        Map<Long, ContentItem> named = new LinkedHashMap<>();
        resolved.stream().filter(LocationResolver.Resolved::isHosted).forEach(r -> named.put(r.hosted().id(), r.hosted()));
        Map<Long, ContentItem> locked = new LinkedHashMap<>();
        content.lockForUpdate(named.values()).forEach(item -> locked.put(item.id(), item));
        return locked;
    }

    /** Hides each hosted item and names it on the report; returns how many are now out of sight. */
    private int fileHosted(Case target, Report report, Map<Long, ContentItem> hosted, List<CaseItem> alreadyOpen,
            Instant now) {
        int outOfSight = 0;
        for (ContentItem item : hosted.values()) {
            CaseItem onCase = alreadyOpen.stream()
                    .filter(open -> open.content() != null && open.content().id().equals(item.id()))
                    .findFirst()
                    .orElseGet(() -> target.addHostedItem(item, now));
            if (item.hideForReview(now)) {
                visibilityChanged.fire(item.lastChange());
            }
            report.name(onCase);
            if (!item.visibility().isServed()) {
                outOfSight++;
            }
        }
        return outOfSight;
    }

    private void fileExternal(Case target, Report report, Set<String> external, List<CaseItem> alreadyOpen,
            Instant now) {
        for (String url : external) {
            CaseItem onCase = alreadyOpen.stream()
                    .filter(open -> open.kind() == CaseItem.Kind.EXTERNAL && open.location().equals(url))
                    .findFirst()
                    .orElseGet(() -> target.addExternalItem(url, now));
            report.name(onCase);
        }
    }
}

package org.recourse.evidence.retention.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.recourse.evidence.retention.HoldRefusedException;
import org.recourse.evidence.retention.HoldRequest;
import org.recourse.evidence.retention.LegalActor;
import org.recourse.evidence.retention.LegalHold;
import org.recourse.evidence.retention.LegalHolds;
import org.recourse.evidence.retention.RetentionStatuses;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.platform.web.RequestContext;

/**
 * Backs {@code /staff/legal/holds} (active holds, overdue first; a hold placed on a record chosen by its id) and the
 * record page's holds section, {@code WEB-INF/includes/legal-holds.xhtml} (the record's holds, its retention status,
 * placing, reviewing and releasing). Every action is the service's; the rules refuse anyone without the LEGAL role.
 */
@Named("legalHolds")
@ViewScoped
public class LegalHoldsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_LISTED = 500;
    /** A record id is at most 18 digits: anything longer is no id, and is refused before it is parsed. */
    private static final int MAX_ID_DIGITS = 18;

    @Inject
    RequestContext context;

    @Inject
    transient LegalHolds holds;

    @Inject
    transient RetentionStatuses statuses;

    @Inject
    transient Clock clock;

    private String recordId;
    private String reason;
    private String requester;
    private String requesterReference;
    private String reviewOn;
    private String shredReason;
    private boolean shredConfirmed;
    private final Map<Long, String> releaseReasons = new HashMap<>();
    private final Map<Long, String> newReviewDates = new HashMap<>();
    private final List<String> errors = new ArrayList<>();
    private String message;
    private transient List<HoldLine> active;

    /** Active holds, overdue ones first: read once per request-and-action (a table asks for its value often). */
    public List<HoldLine> getActive() {
        if (active == null) {
            Instant now = clock.instant();
            List<LegalHold> list = holds.active(MAX_LISTED);
            Map<Long, Long> cases = holds.casesOf(list.stream().map(LegalHold::recordId).distinct().toList());
            active = list.stream().map(hold -> HoldLine.of(hold, cases.get(hold.recordId()), now)).toList();
        }
        return active;
    }

    /** Every hold of a record, newest first (the include's history). */
    public List<HoldLine> holdsOf(Long record) {
        if (record == null) {
            return List.of();
        }
        Instant now = clock.instant();
        Long caseId = holds.caseOf(record).orElse(null);
        return holds.of(record).stream().map(hold -> HoldLine.of(hold, caseId, now)).toList();
    }

    /** A record's retention status in words. */
    public String statusOf(Long record) {
        return record == null ? "" : RetentionStatuses.words(statuses.of(record), context.messages());
    }

    /** The holds page: a hold on the record whose id was typed. */
    public void place() {
        act(() -> {
            long id = parseRecordId();
            placeHold(id);
            recordId = null;
            return "evidence.holds.placed";
        });
    }

    /** The record page: a hold on its record. */
    public void placeOn(Long record) {
        act(() -> {
            if (record == null) {
                throw new HoldRefusedException("evidence.holds.error.noRecord");
            }
            placeHold(record);
            return "evidence.holds.placed";
        });
    }

    private void placeHold(long record) {
        LocalDate date = parseDate(reviewOn, "reviewOn");
        holds.place(record, new HoldRequest(reason, requester, requesterReference, date), actor());
        reason = null;
        requester = null;
        requesterReference = null;
        reviewOn = null;
    }

    public void release(long holdId) {
        act(() -> {
            holds.release(holdId, releaseReasons.get(holdId), actor());
            releaseReasons.remove(holdId);
            return "evidence.holds.released";
        });
    }

    public void reviewAgain(long holdId) {
        act(() -> {
            holds.reviewAgainOn(holdId, parseDate(newReviewDates.get(holdId), "newReviewOn"), actor());
            newReviewDates.remove(holdId);
            return "evidence.holds.reviewed";
        });
    }

    /** The record page: shred its record now, by hand, once the box that says it cannot be undone is ticked. */
    public void shred(Long record) {
        act(() -> {
            if (record == null) {
                throw new HoldRefusedException("evidence.holds.error.noRecord");
            }
            if (!shredConfirmed) {
                throw new HoldRefusedException(List.of(FieldProblem.of("shredConfirmed",
                        "evidence.holds.error.shredConfirm")));
            }
            holds.shredByHand(record, shredReason, actor());
            shredReason = null;
            shredConfirmed = false;
            return "evidence.holds.shredded";
        });
    }

    private void act(Supplier<String> action) {
        active = null;
        errors.clear();
        message = null;
        try {
            message = context.messages().get(action.get());
        } catch (HoldRefusedException e) {
            for (FieldProblem problem : e.problems()) {
                errors.add(context.messages().get(problem.messageKey(), problem.arguments()));
            }
        }
    }

    private long parseRecordId() {
        String typed = recordId == null ? "" : recordId.strip();
        if (typed.isEmpty() || typed.length() > MAX_ID_DIGITS || !typed.chars().allMatch(Character::isDigit)) {
            throw new HoldRefusedException("evidence.holds.error.recordId");
        }
        return Long.parseLong(typed);
    }

    /** A date as an HTML date field sends it (2027-05-31); nothing else is read. */
    private static LocalDate parseDate(String typed, String field) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() != 10) {
            throw new HoldRefusedException(List.of(FieldProblem.of(field, "evidence.holds.error.reviewFormat")));
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new HoldRefusedException(List.of(FieldProblem.of(field, "evidence.holds.error.reviewFormat")));
        }
    }

    private LegalActor actor() {
        return LegalActor.of(context.staffName(), context::hasRole);
    }

    /** Today in UTC, the earliest review date a form offers. */
    public String getToday() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).toString();
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRequester() {
        return requester;
    }

    public void setRequester(String requester) {
        this.requester = requester;
    }

    public String getRequesterReference() {
        return requesterReference;
    }

    public void setRequesterReference(String requesterReference) {
        this.requesterReference = requesterReference;
    }

    public String getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(String reviewOn) {
        this.reviewOn = reviewOn;
    }

    public String getShredReason() {
        return shredReason;
    }

    public void setShredReason(String shredReason) {
        this.shredReason = shredReason;
    }

    public boolean isShredConfirmed() {
        return shredConfirmed;
    }

    public void setShredConfirmed(boolean shredConfirmed) {
        this.shredConfirmed = shredConfirmed;
    }

    public Map<Long, String> getReleaseReasons() {
        return releaseReasons;
    }

    public Map<Long, String> getNewReviewDates() {
        return newReviewDates;
    }

    public List<String> getErrors() {
        return errors;
    }

    public String getMessage() {
        return message;
    }
}

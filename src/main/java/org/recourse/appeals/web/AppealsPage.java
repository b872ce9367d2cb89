package org.recourse.appeals.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recourse.appeals.AppealRefusedException;
import org.recourse.appeals.AppealRow;
import org.recourse.appeals.AppealService;
import org.recourse.appeals.ReporterReviewService;
import org.recourse.appeals.ReviewRequest;
import org.recourse.appeals.ReviewRequestRow;
import org.recourse.cases.Reviewer;
import org.recourse.platform.web.RequestContext;

/**
 * Backs /staff/appeals: the appeal queue (due first) beside the case queue, one appeal's form (uphold, or restore with
 * the proof confirmed person by person), and reporters' requests for a second look. The rules are the appeal's.
 */
@Named
@ViewScoped
public class AppealsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int QUEUE_SIZE = 200;

    @Inject
    RequestContext context;

    @Inject
    transient AppealService appeals;

    @Inject
    transient ReporterReviewService reviews;

    private Long id;
    private AppealRow selected;
    private List<ProofForm> proofs = List.of();
    private String justification;
    private String answerNote;
    private String message;
    private String error;

    /** On first display: the appeal named by {@code ?id=}, if any, with a blank confirmation per person. */
    public void load() {
        selected = id == null ? null : appeals.row(id).orElse(null);
        proofs = selected == null ? List.of() : selected.persons().stream().map(ProofForm::new).toList();
    }

    public List<AppealRow> getQueue() {
        return appeals.queue(QUEUE_SIZE);
    }

    public List<ReviewRequestRow> getRequests() {
        return reviews.waiting(QUEUE_SIZE);
    }

    public void uphold() {
        act(() -> appeals.uphold(selected.id(), reviewer(), justification), "staff.appeals.upheld");
    }

    public void restore() {
        act(() -> appeals.restore(selected.id(), reviewer(),
                proofs.stream().map(ProofForm::confirmation).toList(), justification), "staff.appeals.restored");
    }

    public void answer(long requestId, boolean takeDown) {
        act(() -> reviews.answer(requestId, takeDown ? ReviewRequest.Answer.TAKEN_DOWN : ReviewRequest.Answer.STANDS,
                reviewer(), answerNote), "staff.appeals.answered");
        answerNote = null;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            message = context.messages().get(doneKey);
            error = null;
            selected = null;
            justification = null;
        } catch (AppealRefusedException e) {
            error = context.messages().get(e.refusal().messageKey());
            message = null;
        }
    }

    /** A time as staff read it, in UTC to the minute. */
    public String when(java.time.Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private Reviewer reviewer() {
        return Reviewer.of(context.staffName(), context::hasRole);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AppealRow getSelected() {
        return selected;
    }

    public List<ProofForm> getProofs() {
        return proofs;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getAnswerNote() {
        return answerNote;
    }

    public void setAnswerNote(String answerNote) {
        this.answerNote = answerNote;
    }

    public String getMessage() {
        return message;
    }

    public String getError() {
        return error;
    }
}

package org.recourse.review.web;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recourse.cases.CaseActionRefusedException;
import org.recourse.cases.Decision;
import org.recourse.cases.ReasonCode;
import org.recourse.cases.Reviewer;
import org.recourse.platform.domain.IllegalTransitionException;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.review.CaseView;
import org.recourse.review.ExposureEvent;
import org.recourse.review.NextStep;
import org.recourse.review.ReviewService;
import org.recourse.staff.PreviewChoices;
import org.recourse.staff.StaffService;
import org.recourse.triage.TriageService;

/**
 * Backs /staff/case?id=…: the case, its reports and items, each picture as the server's blurred rendering until a
 * reviewer the case lets look chooses to (a file that is not a picture is only ever offered as a download), and a
 * decision form per item for whoever the case lets decide.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestContext context;

    @Inject
    transient ReviewService review;

    @Inject
    transient TriageService triage;

    @Inject
    transient StaffService staff;

    @Inject
    transient RevealedItems revealedItems;

    @Inject
    transient Clock clock;

    @Inject
    transient RevealSettings revealSettings;

    /** Each reveal and its end, for the count of each reviewer's exposure (workforce observes; review never asks). */
    @Inject
    transient Event<ExposureEvent> exposure;

    private Long id;
    private CaseView view;
    private final Set<Long> revealed = new HashSet<>();
    private final Map<Long, DecisionForm> forms = new HashMap<>();
    private boolean blur = true;
    private boolean greyscale = true;
    private String message;
    private String error;

    /** On first display: loads the case and the viewer's preview preferences. */
    public void load() {
        if ("recorded".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("after"))) {
            message = messages().get("review.decidedNextCase");
        }
        // A freshly loaded case page shows everything blurred: whatever this reviewer had revealed is off the screen.
        exposure.fire(ExposureEvent.covered(ExposureEvent.Kind.LEFT, username(), null, clock.instant()));
        PreviewChoices mine = staff.previewChoices(username());
        blur = mine.blur();
        greyscale = mine.greyscale();
        refresh();
    }

    private void refresh() {
        view = id == null ? null : review.view(id, reviewer()).orElse(null);
    }

    public void claim() {
        try {
            triage.claim(id, reviewer());
        } catch (CaseActionRefusedException e) {
            error = refusal(e);
        } catch (IllegalStateException e) {
            error = messages().get("review.error.closed");
        }
        refresh();
    }

    public void release() {
        try {
            triage.release(id, reviewer());
        } catch (CaseActionRefusedException e) {
            error = refusal(e);
        }
        refresh();
    }

    public void reveal(long itemId) {
        try {
            review.reveal(id, itemId, reviewer());
            revealed.add(itemId);
            Instant now = clock.instant();
            revealedItems.add(itemId, now.plus(revealSettings.revealFor()));
            exposure.fire(ExposureEvent.revealed(username(), itemId, now, now.plus(revealSettings.revealFor())));
        } catch (CaseActionRefusedException e) {
            error = refusal(e);
        }
        refresh();
    }

    /** Shows the item blurred again, at once; a new reveal is a new choice (and a new line in the audit log). */
    public void blurAgain(long itemId) {
        revealed.remove(itemId);
        revealedItems.remove(itemId);
        exposure.fire(ExposureEvent.covered(ExposureEvent.Kind.BLURRED, username(), itemId, clock.instant()));
        refresh();
    }

    public void savePreferences() {
        staff.setPreviewPreferences(username(), blur, greyscale);
        message = messages().get("review.preferencesSaved");
    }

    public void decide(long itemId) {
        record(itemId);
        refresh();
    }

    /**
     * Records the decision and goes on: to the next item of this case still waiting, else to the most urgent case
     * of the queue (claimed for this reviewer), else back to the queue saying it is empty. A refused decision stays
     * on the page with its error.
     */
    public void decideAndNext(long itemId) throws IOException {
        if (!record(itemId)) {
            refresh();
            return;
        }
        refresh();
        Optional<Long> sameCase = NextStep.after(view, reviewer()).item();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (sameCase.isPresent()) {
            message = messages().get("review.decidedNextItem");
            return;
        }
        Optional<Long> next = triage.takeNextCase(reviewer()).caseId();
        // The next page says that the decision was recorded (a parameter, read only as this one flag); a limit on
        // exposure is said by the next page itself (the wellbeing banner asks the same rule).
        external.redirect(external.getRequestContextPath()
                + next.map(caseId -> "/staff/case?id=" + caseId + "&after=recorded").orElse("/staff/?after=recorded"));
    }

    /** Checks and records one item's decision; true when it was recorded (and the item blurred again). */
    private boolean record(long itemId) {
        DecisionForm form = forms.get(itemId);
        error = null;
        message = null;
        if (form == null || form.getDecision() == null || form.getReason() == null) {
            error = messages().get("review.error.incomplete");
            return false;
        }
        if (!form.getDecision().allows(form.getReason())) {
            // The form lists every reason without JavaScript: the server says which go with the chosen decision.
            error = messages().get("review.error.reasonMismatch",
                    messages().get("review.reason." + form.getReason().name()),
                    messages().get("review.decision." + form.getDecision().name()));
            return false;
        }
        org.recourse.cases.LegalAssessment assessment;
        try {
            assessment = form.assessment();
        } catch (IllegalArgumentException e) {
            error = messages().get("review.error.dangerReason");
            return false;
        }
        try {
            review.decide(id, itemId, form.getDecision(), form.getReason(), form.getNote(), form.getJustification(),
                    assessment, reviewer());
            forms.remove(itemId);
            revealed.remove(itemId);
            revealedItems.remove(itemId);
            exposure.fire(ExposureEvent.covered(ExposureEvent.Kind.DECIDED, username(), itemId, clock.instant()));
            message = messages().get("review.decided");
            return true;
        } catch (CaseActionRefusedException e) {
            error = refusal(e);
        } catch (IllegalArgumentException | IllegalTransitionException e) {
            error = messages().get("review.error.invalid");
        }
        return false;
    }

    /** The words for a rule of the case that said no. */
    private String refusal(CaseActionRefusedException e) {
        return messages().get(e.messageKey(), e.messageArguments());
    }

    /**
     * The preview's classes: before a reveal, the server's small rendering, blurred further by the browser if the
     * reviewer likes; greyscale, if they like, before and after.
     */
    public String previewClass(long itemId) {
        if (isRevealed(itemId)) {
            return "preview" + (greyscale ? " greyscale" : "");
        }
        return "preview" + (blur ? " blurred" : "") + (greyscale ? " greyscale" : "");
    }

    /** The address of the item's picture on this page: the full picture only once revealed here and still allowed. */
    public String mediaPath(long itemId) {
        return "/staff/media/" + itemId + (isRevealed(itemId) ? "/full" : "");
    }

    public boolean isRevealed(long itemId) {
        return revealed.contains(itemId) && revealedItems.contains(itemId, clock.instant()) && isMayViewFull();
    }

    /** When the item's reveal ends by itself, or null when it is not revealed. */
    public Instant revealEndsAt(long itemId) {
        return isRevealed(itemId) ? revealedItems.until(itemId) : null;
    }

    /** When the item's reveal ends by itself (ISO-8601, for the page's script), or empty when it is not revealed. */
    public String revealEnds(long itemId) {
        Instant until = isRevealed(itemId) ? revealedItems.until(itemId) : null;
        return until == null ? "" : until.toString();
    }

    /** The reasons in one group per decision, labelled with it: without JavaScript the list says what fits. */
    public List<SelectItem> getReasonGroups() {
        Messages messages = messages();
        return java.util.Arrays.stream(Decision.values()).map(decision -> {
            SelectItemGroup group = new SelectItemGroup(messages.get("review.decision." + decision.name()));
            group.setSelectItems(decision.reasons().stream()
                    .map(reason -> new SelectItem(reason, messages.get("review.reason." + reason.name())))
                    .toArray(SelectItem[]::new));
            return (SelectItem) group;
        }).toList();
    }

    /** The decisions each reason goes with, as the page's script reads them ("REMOVE ESCALATE"). */
    public String decisionsFor(ReasonCode reason) {
        return java.util.Arrays.stream(Decision.values()).filter(decision -> decision.allows(reason))
                .map(Decision::name).collect(java.util.stream.Collectors.joining(" "));
    }

    /** When a closed case was closed: its last decision. */
    public Instant getClosedAt() {
        if (view == null || view.status().isOpen()) {
            return null;
        }
        return view.items().stream().flatMap(item -> item.decisions().stream())
                .map(CaseView.DecisionLine::decidedAt).max(Comparator.naturalOrder()).orElse(null);
    }

    /** Who took the last decision on a closed case. */
    public String getClosedBy() {
        if (getClosedAt() == null) {
            return null;
        }
        return view.items().stream().flatMap(item -> item.decisions().stream())
                .max(Comparator.comparing(CaseView.DecisionLine::decidedAt))
                .map(CaseView.DecisionLine::decidedBy).orElse(null);
    }

    public boolean isHolder() {
        return view != null && view.isHeldBy(reviewer());
    }

    public boolean isMayClaim() {
        return view != null && view.mayClaim(reviewer());
    }

    public boolean isMayDecide() {
        return view != null && view.mayDecide(reviewer());
    }

    public boolean isMayViewFull() {
        return view != null && view.mayViewFull(reviewer());
    }

    /** An escalated case seen by someone who is not a supervisor: they read it, a supervisor decides it. */
    public boolean isForSupervisors() {
        return view != null && view.isReadOnlyFor(reviewer());
    }

    public List<Decision> getDecisions() {
        return List.of(Decision.values());
    }

    public List<ReasonCode> getReasons() {
        return List.of(ReasonCode.values());
    }

    public Set<ReasonCode> reasonsFor(Decision decision) {
        return decision == null ? EnumSet.allOf(ReasonCode.class) : decision.reasons();
    }

    public Map<Long, DecisionForm> getForms() {
        return new FormMap();
    }

    /** A map view that creates a form on first access, so each item's fields bind without set-up. */
    private final class FormMap extends HashMap<Long, DecisionForm> {
        private static final long serialVersionUID = 1L;

        @Override
        public DecisionForm get(Object key) {
            return forms.computeIfAbsent(((Number) key).longValue(), k -> new DecisionForm());
        }
    }

    private Reviewer reviewer() {
        return Reviewer.of(context.staffName(), context::hasRole);
    }

    private String username() {
        return context.staffName();
    }

    /** A report's words: the portal's own reports in the page's language, a person's exactly as written. */
    public String reportWords(CaseView.ReportLine report) {
        if (report.note() == null) {
            return report.details();
        }
        List<Object> arguments = report.note().args().stream()
                .map(arg -> arg.startsWith("#") ? (Object) messages().get(arg.substring(1)) : arg).toList();
        return messages().get(report.note().key(), arguments);
    }

    private Messages messages() {
        return context.messages();
    }

    public CaseView getView() {
        return view;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isBlur() {
        return blur;
    }

    public void setBlur(boolean blur) {
        this.blur = blur;
    }

    public boolean isGreyscale() {
        return greyscale;
    }

    public void setGreyscale(boolean greyscale) {
        this.greyscale = greyscale;
    }

    public String getMessage() {
        return message;
    }

    public String getError() {
        return error;
    }
}

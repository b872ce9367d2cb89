package org.recourse.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recourse.cases.CaseActionRefusedException;
import org.recourse.cases.Decision;
import org.recourse.cases.ReasonCode;
import org.recourse.cases.Reviewer;
import org.recourse.platform.domain.IllegalTransitionException;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.review.CaseView;
import org.recourse.review.ReviewService;
import org.recourse.staff.StaffAccount;
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
        StaffAccount me = staff.find(username()).orElseThrow();
        blur = me.blurPreviews();
        greyscale = me.greyscalePreviews();
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
            revealedItems.add(itemId);
        } catch (CaseActionRefusedException e) {
            error = refusal(e);
        }
        refresh();
    }

    public void savePreferences() {
        staff.setPreviewPreferences(username(), blur, greyscale);
        message = messages().get("review.preferencesSaved");
    }

    public void decide(long itemId) {
        DecisionForm form = forms.get(itemId);
        error = null;
        message = null;
        if (form == null || form.getDecision() == null || form.getReason() == null) {
            error = messages().get("review.error.incomplete");
            return;
        }
        org.recourse.cases.LegalAssessment assessment;
        try {
            assessment = form.assessment();
        } catch (IllegalArgumentException e) {
            error = messages().get("review.error.dangerReason");
            return;
        }
        try {
            review.decide(id, itemId, form.getDecision(), form.getReason(), form.getNote(), form.getJustification(),
                    assessment, reviewer());
            forms.remove(itemId);
            message = messages().get("review.decided");
        } catch (CaseActionRefusedException e) {
            error = refusal(e);
        } catch (IllegalArgumentException | IllegalTransitionException e) {
            error = messages().get("review.error.invalid");
        }
        refresh();
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
        return revealed.contains(itemId) && isMayViewFull();
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

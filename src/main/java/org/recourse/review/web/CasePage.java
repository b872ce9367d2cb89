package org.recourse.review.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
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
import org.recourse.cases.CaseAlreadyClaimedException;
import org.recourse.cases.Decision;
import org.recourse.cases.IllegalTransitionException;
import org.recourse.cases.ReasonCode;
import org.recourse.platform.i18n.Messages;
import org.recourse.review.CaseView;
import org.recourse.review.DecisionRefusedException;
import org.recourse.review.ReviewService;
import org.recourse.review.Reviewer;
import org.recourse.staff.Role;
import org.recourse.staff.StaffAccount;
import org.recourse.staff.StaffService;
import org.recourse.triage.TriageService;

/**
 * Backs /staff/case?id=…: the case, its reports and items with blurred, greyscale previews until the reviewer
 * chooses to look at one, and a decision form per item.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewService review;

    @Inject
    transient TriageService triage;

    @Inject
    transient StaffService staff;

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
            triage.claim(id, username());
        } catch (CaseAlreadyClaimedException e) {
            error = messages().get("review.error.claimed", e.holder());
        } catch (IllegalStateException e) {
            error = messages().get("review.error.closed");
        }
        refresh();
    }

    public void release() {
        triage.release(id, username());
        refresh();
    }

    public void reveal(long itemId) {
        review.reveal(id, itemId, reviewer());
        revealed.add(itemId);
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
        try {
            review.decide(id, itemId, form.getDecision(), form.getReason(), form.getNote(), form.getJustification(),
                    reviewer());
            forms.remove(itemId);
            message = messages().get("review.decided");
        } catch (DecisionRefusedException e) {
            error = messages().get(e.getMessage());
        } catch (IllegalArgumentException | IllegalTransitionException e) {
            error = messages().get("review.error.invalid");
        }
        refresh();
    }

    public String previewClass(long itemId) {
        if (revealed.contains(itemId)) {
            return "preview";
        }
        return "preview" + (blur ? " blurred" : "") + (greyscale ? " greyscale" : "");
    }

    public boolean isRevealed(long itemId) {
        return revealed.contains(itemId);
    }

    public boolean isHolder() {
        return view != null && username().equals(view.assignee());
    }

    public boolean isMayDecide() {
        return view != null && view.status().isOpen() && (isHolder() || reviewer().isSupervisor());
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
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Role role = external.isUserInRole("ADMIN") ? Role.ADMIN
                : external.isUserInRole("SUPERVISOR") ? Role.SUPERVISOR : Role.MODERATOR;
        return new Reviewer(username(), role);
    }

    private static String username() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    private static Messages messages() {
        return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
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

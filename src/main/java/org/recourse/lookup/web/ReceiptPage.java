package org.recourse.lookup.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.recourse.intake.IntakeService;
import org.recourse.intake.Receipt;
import org.recourse.intake.web.ReceiptView;
import org.recourse.intake.web.ReportForm;
import org.recourse.lookup.LookupGuard;
import org.recourse.lookup.LookupResult;
import org.recourse.platform.i18n.LanguageSwitch;
import org.recourse.platform.web.RequestContext;
import org.recourse.cases.StrikePolicy;
import org.recourse.platform.settings.PortalSettings;

/**
 * The confirmation page's receipt: the one the report form just filed, or, when the page posts to itself (to switch
 * language, or to check a typed reference without JavaScript), the receipt of the reference it carries. That
 * look-up passes the {@link LookupGuard} like any other, so the page cannot be used to try references.
 */
@Named
@RequestScoped
public class ReceiptPage {

    @Inject
    ReportForm form;

    @Inject
    LookupGuard guard;

    @Inject
    IntakeService intake;

    @Inject
    PortalSettings settings;

    @Inject
    StrikePolicy sanctions;

    @Inject
    LanguageSwitch language;

    @Inject
    RequestContext request;

    /** The hidden fields of the page's own forms, which carry the reference back. */
    private static final java.util.List<String> POSTED_REFERENCE = java.util.List.of("check-reference",
            "switch-reference");

    private String reference;
    private String typed;
    private Receipt loaded;
    private boolean lookedUp;
    private Boolean matched;

    /**
     * The receipt to show, in the page's current language. On a post of the page's own forms it is looked up
     * as soon as it is first asked for, which is while JSF decides which parts of the page exist: the forms must
     * exist then for their buttons to work.
     */
    public ReceiptView getReceipt() {
        if (form.getReceipt() != null) {
            return form.getReceipt();
        }
        if (!lookedUp) {
            lookedUp = true;
            load();
        }
        return loaded == null ? null : new ReceiptView(loaded, settings, sanctions, request.messages());
    }

    /** "Type it once": says whether what was typed is the reference. */
    public String check() {
        ReceiptView receipt = getReceipt();
        if (receipt != null) {
            matched = receipt.matches(typed);
        }
        return null;
    }

    public String showIn(String tag) {
        language.switchTo(tag);
        return null;
    }

    private void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        String posted = POSTED_REFERENCE.stream().map(parameters::get).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        if (posted == null) {
            return;
        }
        LookupResult<Receipt> answer = guard.lookUp(posted, request.clientAddress(), intake::receiptFor);
        if (answer instanceof LookupResult.Found<Receipt> found) {
            loaded = found.value();
        }
    }

    /** The reference the page's own forms carry: the one posted back, or that of the receipt just filed. */
    public String getReference() {
        if (reference == null && form.getReceipt() != null) {
            return form.getReceipt().reference();
        }
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }

    /** Null before a check, then whether it matched. */
    public Boolean getMatched() {
        return matched;
    }
}

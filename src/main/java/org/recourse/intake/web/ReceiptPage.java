package org.recourse.intake.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.intake.IntakeService;
import org.recourse.intake.Receipt;
import org.recourse.lookup.LookupGuard;
import org.recourse.lookup.LookupResult;
import org.recourse.platform.i18n.LanguageSwitch;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.ratelimit.ClientAddress;
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
    LanguageSwitch language;

    @Inject
    @ConfigProperty(name = "recourse.http.trust-forwarded-headers", defaultValue = "false")
    boolean trustForwardedHeaders;

    private String reference;
    private String typed;
    private ReceiptView loaded;
    private Boolean matched;

    public ReceiptView getReceipt() {
        return form.getReceipt() != null ? form.getReceipt() : loaded;
    }

    /** "Type it once": says whether what was typed is the reference. */
    public String check() {
        load();
        if (loaded != null) {
            matched = loaded.matches(typed);
        }
        return null;
    }

    public String showIn(String tag) {
        language.switchTo(tag);
        load();
        return null;
    }

    private void load() {
        Messages messages = Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        LookupResult<Receipt> answer = guard.lookUp(reference, ClientAddress.of(request, trustForwardedHeaders),
                intake::receiptFor);
        if (answer instanceof LookupResult.Found<Receipt> found) {
            loaded = new ReceiptView(found.value(), settings, messages);
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

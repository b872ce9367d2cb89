package org.recourse.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.recourse.audit.AuditEvent;
import org.recourse.audit.AuditLog;
import org.recourse.platform.web.RequestContext;

/** Backs /staff/admin/audit: the latest events, and a check of the whole chain on demand. */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    AuditLog audit;

    @Inject
    RequestContext request;

    /** Names features stored in English in details (the portal's own banks), put in the page's words. */
    @Inject
    jakarta.enterprise.inject.Instance<org.recourse.platform.i18n.StoredNames> storedNames;

    private List<AuditEvent> latest;
    private AuditLog.Verification verification;

    public List<AuditEvent> getLatest() {
        if (latest == null) {
            latest = audit.latest(200);
        }
        return latest;
    }

    /** The event's action in words ("Case claimed"); an action without words shows its code. */
    public String action(AuditEvent event) {
        return request.messages().find("audit.action." + event.action()).orElse(event.action());
    }

    /**
     * The event's detail with statuses, decisions and reasons, and the names the portal stored (its own banks), in
     * words (the stored row is not changed).
     */
    public String detail(AuditEvent event) {
        String coded = new org.recourse.platform.i18n.CodeWords(request.messages(), CODE_WORDS).in(event.detail());
        return org.recourse.platform.i18n.StoredNames.in(coded, storedNames, request.messages());
    }

    /** Where the bundle keeps the words of the codes an audit detail may hold. */
    private static final List<String> CODE_WORDS = List.of("review.decision.", "review.reason.", "review.itemState.",
            "staff.status.", "staff.role.");

    public void verify() {
        verification = audit.verify();
    }

    public AuditLog.Verification getVerification() {
        return verification;
    }

    /** What is wrong with the chain, in the page's language; null while it was not checked or is intact. */
    public String getProblem() {
        return verification == null ? null : verification.problemIn(request.language());
    }
}

package org.recourse.notification.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recourse.notification.Outbox;
import org.recourse.notification.OutboxEntry;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.mail.SmtpMailer;

/**
 * Backs /staff/admin/outbox: mail that waits or gave up, and "retry now" for a dead one. View-scoped, so a button
 * acts on the row that was shown even if the list changed in the meantime.
 */
@Named
@ViewScoped
public class OutboxPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 500;

    @Inject
    Outbox outbox;

    @Inject
    SmtpMailer mailer;

    private List<OutboxEntry> entries;
    private String notice;

    public List<OutboxEntry> getEntries() {
        if (entries == null) {
            entries = outbox.needingAttention(SHOWN);
        }
        return entries;
    }

    public boolean isMailConfigured() {
        return mailer.isConfigured();
    }

    public void retry(long id) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // web.xml already keeps /staff/admin to admins; checked again because this changes what is sent.
        if (!external.isUserInRole("ADMIN")) {
            throw new SecurityException("Only admins can retry mail.");
        }
        boolean retried = outbox.retry(id, external.getUserPrincipal().getName());
        notice = messages().get(retried ? "staff.outbox.retried" : "staff.outbox.notDead");
        entries = null;
    }

    public String getNotice() {
        return notice;
    }

    private static Messages messages() {
        return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}

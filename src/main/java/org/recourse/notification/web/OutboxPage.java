package org.recourse.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recourse.notification.Outbox;
import org.recourse.notification.OutboxEntry;
import org.recourse.platform.mail.SmtpMailer;
import org.recourse.platform.web.RequestContext;

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

    @Inject
    RequestContext request;

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
        // web.xml already keeps /staff/admin to admins; checked again because this changes what is sent.
        if (!request.hasRole("ADMIN")) {
            throw new SecurityException("Only admins can retry mail.");
        }
        boolean retried = outbox.retry(id, request.staffName());
        notice = request.messages().get(retried ? "staff.outbox.retried" : "staff.outbox.notDead");
        entries = null;
    }

    public String getNotice() {
        return notice;
    }
}

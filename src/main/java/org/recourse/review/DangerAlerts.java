package org.recourse.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.cases.CaseItem;
import org.recourse.cases.ItemDecision;
import org.recourse.notification.Outbox;
import org.recourse.platform.i18n.Messages;
import org.recourse.staff.Role;
import org.recourse.staff.StaffAccount;
import org.recourse.staff.StaffRepository;

/**
 * Alerts every supervisor by mail, through the outbox in the deciding transaction, when a reviewer marks a child in
 * imminent danger: one mail per decision and supervisor address, in the supervisor's language.
 */
@ApplicationScoped
public class DangerAlerts {

    private static final Logger LOG = Logger.getLogger(DangerAlerts.class.getName());

    @Inject
    StaffRepository staff;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "recourse.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Queues the alerts for this decision; returns how many were queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int imminentDanger(CaseItem item, ItemDecision decision) {
        long caseId = item.caseFile().id();
        Set<String> addressed = new HashSet<>();
        int queued = 0;
        for (StaffAccount supervisor : staff.withRole(Role.SUPERVISOR)) {
            String email = supervisor.email() == null ? "" : supervisor.email().strip();
            // Two accounts of one person may share an address: one mail is enough.
            if (email.isEmpty() || !addressed.add(email.toLowerCase(Locale.ROOT))) {
                continue;
            }
            DangerAlert alert = DangerAlert.of(caseId, decision.decidedBy(), decision.decidedAt(),
                    DangerAlert.caseUrl(publicUrl, caseId),
                    Messages.in(supervisor.language()));
            if (outbox.enqueueMail(DangerAlert.key(item.id(), supervisor.id()), email, alert.subject(),
                    alert.body())) {
                queued++;
            }
        }
        if (queued == 0) {
            LOG.warning(() -> "A child was marked in imminent danger on case " + caseId + ", and no supervisor has an "
                    + "email address: nobody was told by mail.");
        }
        return queued;
    }
}

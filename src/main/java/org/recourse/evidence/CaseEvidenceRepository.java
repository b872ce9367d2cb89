package org.recourse.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.recourse.audit.AuditEvent;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.Category;

/**
 * Reads what a record preserves of its case: the reports, as a projection that never loads a reporter's reference,
 * address or contact language (they cannot leak into the record because they are not read), and the case's audit
 * entries.
 */
@ApplicationScoped
public class CaseEvidenceRepository {

    /** The most audit entries a record keeps of its case: a case's entries number in the tens. */
    static final int MAX_AUDIT = 2000;

    @PersistenceContext
    EntityManager em;

    /** The case's reports without their reporters, oldest first. */
    public List<EvidenceMetadata.ReportSummary> reports(long caseId) {
        return em.createQuery("""
                        select r.category, r.receivedAt, r.selfReport, r.details, r.noteKey from Report r
                        where r.caseFile.id = :c order by r.receivedAt, r.id""", Object[].class)
                .setParameter("c", caseId).getResultList().stream()
                .map(row -> new EvidenceMetadata.ReportSummary(((Category) row[0]).code(), (Instant) row[1],
                        row[4] == null ? "person" : "portal", (Boolean) row[2], (String) row[3]))
                .toList();
    }

    /** The case's audit entries (subject: its number, or its number and a slash), oldest first. */
    public List<EvidenceMetadata.AuditEntry> audit(long caseId) {
        String number = CaseNumbers.format(caseId);
        return em.createQuery("""
                        select e from AuditEvent e where e.subject = :number or e.subject like :below
                        order by e.id""", AuditEvent.class)
                .setParameter("number", number).setParameter("below", number + "/%")
                .setMaxResults(MAX_AUDIT).getResultList().stream()
                .map(e -> new EvidenceMetadata.AuditEntry(e.occurredAt(), e.actor(), e.action(), e.subject(),
                        e.detail()))
                .toList();
    }

    /** How many reports the case has. */
    public int reportCount(long caseId) {
        return em.createQuery("select count(r) from Report r where r.caseFile.id = :c", Long.class)
                .setParameter("c", caseId).getSingleResult().intValue();
    }

    /** Whether the platform registered the item's bytes (without loading them). */
    public boolean hasBytes(long contentId) {
        return em.createQuery("select count(m) from ContentMedia m where m.contentId = :id", Long.class)
                .setParameter("id", contentId).getSingleResult() > 0;
    }
}

package org.recourse.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recourse.cases.CaseStatus;
import org.recourse.cases.QueueOrder;

/**
 * Read-side queries of the triage queue, in {@link QueueOrder} (most urgent first), the order "take next" hands
 * cases out in too. The order and every filter are served by the index case_file_queue.
 */
@ApplicationScoped
public class QueueRepository {

    private static final String ROW = "select new org.recourse.triage.QueueRow(c.id, c.category, c.selfReported, "
            + "c.reportCount, (select count(i) from CaseItem i where i.caseFile = c), c.openedAt, c.reviewDueAt, "
            + "c.status, c.assignee, c.removalDeadline.dueAt) from Case c";
    private static final String ORDER = " order by " + QueueOrder.jpql("c");

    @PersistenceContext
    EntityManager em;

    public List<QueueRow> page(QueueFilter filter, Instant now, int first, int size) {
        Map<String, Object> parameters = new TreeMap<>();
        TypedQuery<QueueRow> query = em.createQuery(ROW + where(filter, now, parameters) + ORDER, QueueRow.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(QueueFilter filter, Instant now) {
        Map<String, Object> parameters = new TreeMap<>();
        TypedQuery<Long> query = em.createQuery("select count(c) from Case c" + where(filter, now, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public QueueTotals totals(Instant now) {
        Object[] row = (Object[]) em.createQuery("""
                        select count(c),
                               sum(case when c.reviewDueAt <= :now then 1 else 0 end),
                               sum(case when c.reviewDueAt > :now and c.reviewDueAt <= :hour then 1 else 0 end)
                        from Case c where c.status <> org.recourse.cases.CaseStatus.CLOSED""")
                .setParameter("now", now)
                .setParameter("hour", now.plusSeconds(3600))
                .getSingleResult();
        return new QueueTotals(number(row[0]), number(row[1]), number(row[2]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String where(QueueFilter filter, Instant now, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (filter.status() == null) {
            // A literal, not a parameter, so that PostgreSQL matches the partial indexes over open cases.
            where.append(" where c.status <> org.recourse.cases.CaseStatus.CLOSED");
        } else {
            where.append(" where c.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.category() != null) {
            where.append(" and c.category = :category");
            parameters.put("category", filter.category());
        }
        if (QueueFilter.UNASSIGNED.equals(filter.assignee())) {
            where.append(" and c.assignee is null");
        } else if (filter.assignee() != null && !filter.assignee().isBlank()) {
            where.append(" and c.assignee = :assignee");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.overdueOnly()) {
            where.append(" and c.reviewDueAt <= :now");
            parameters.put("now", now);
        }
        return where.toString();
    }
}

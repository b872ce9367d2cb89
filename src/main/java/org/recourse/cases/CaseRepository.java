package org.recourse.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.recourse.platform.persistence.AnyOf;

/**
 * Stores, finds and locks cases, their items and the decisions on them. Holds the locks a case's work needs, in the
 * order that keeps two transactions from deadlocking, and the one query that hands out the next case.
 */
@ApplicationScoped
public class CaseRepository {

    @PersistenceContext
    EntityManager em;

    public void add(Case caseFile) {
        em.persist(caseFile);
    }

    public Optional<Case> find(long caseId) {
        return Optional.ofNullable(em.find(Case.class, caseId));
    }

    public Optional<CaseItem> findItem(long itemId) {
        return Optional.ofNullable(em.find(CaseItem.class, itemId));
    }

    /** The item, if it is on that case. */
    public Optional<CaseItem> findItem(long caseId, long itemId) {
        return findItem(itemId).filter(item -> item.caseFile().id().equals(caseId));
    }

    /**
     * Locks an open case for the rest of the transaction and re-reads it, so a report joining it never collides with
     * the SLA job or a reviewer changing it at the same moment.
     */
    public void lock(Case caseFile) {
        em.refresh(caseFile, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Finds a case locked for the rest of the transaction, to claim or release it: two claimants wait in turn. */
    public Optional<Case> lockForClaim(long caseId) {
        return Optional.ofNullable(em.find(Case.class, caseId, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * An item of a case, ready for a decision: its hosted content and then its case are locked for the rest of the
     * transaction and re-read. Content before case is the order intake locks them in (a report locks the items it
     * names, then the case it joins), so a decision and a new report on the same content never deadlock. A refresh
     * rather than a locking query: both are already in the persistence context, and a query would hand back the
     * state from before the wait.
     *
     * @return empty when there is no such item on that case
     */
    public Optional<CaseItem> lockForDecision(long caseId, long itemId) {
        Optional<CaseItem> found = findItem(caseId, itemId);
        found.ifPresent(item -> {
            if (item.content() != null) {
                em.refresh(item.content(), LockModeType.PESSIMISTIC_WRITE);
            }
            Case caseFile = em.find(Case.class, caseId, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(caseFile, LockModeType.PESSIMISTIC_WRITE);
        });
        return found;
    }

    /**
     * The most urgent case nobody holds that this reviewer may claim, locked for the rest of the transaction:
     * supervisors get escalated cases before all others, moderators never get one; within that, {@link QueueOrder}.
     * Rows another transaction has locked are skipped ({@code for update skip locked}, on PostgreSQL and H2), so two
     * reviewers asking at once never get the same case. A native query, for the skip.
     */
    public Optional<Case> nextUnclaimed(Reviewer reviewer) {
        return nextUnclaimed(reviewer, false);
    }

    /**
     * As {@link #nextUnclaimed(Reviewer)}; {@code withoutImagery}: only a case none of whose hosted items is a picture
     * or a video (text, personal information, outside links), for a reviewer over their limit of exposure.
     */
    public Optional<Case> nextUnclaimed(Reviewer reviewer, boolean withoutImagery) {
        // The statuses come from the case's own rule, as literals (never user input), so the query keeps its plan.
        String statuses = Stream.of(CaseStatus.ESCALATED, CaseStatus.OPEN)
                .filter(status -> new CaseAccess(null, status, null).permits(CaseAction.CLAIM, reviewer))
                .map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", "));
        List<?> ids = em.createNativeQuery("select id from case_file where status in (" + statuses + ") "
                        + "and assignee is null " + (withoutImagery ? WITHOUT_IMAGERY : "")
                        + "order by case when status = 'ESCALATED' then 0 else 1 end, "
                        + QueueOrder.sql() + " limit 1 for update skip locked")
                .getResultList();
        return ids.stream().findFirst().map(id -> em.find(Case.class, ((Number) id).longValue()));
    }

    /** No item of the case is hosted content declared (or found) to be a picture or a video. */
    private static final String WITHOUT_IMAGERY = "and not exists (select 1 from case_item i join content_item c "
            + "on c.id = i.content_id where i.case_id = case_file.id and (lower(c.media_type) like 'image/%' "
            + "or lower(c.media_type) like 'video/%')) ";

    /** Open cases whose claim has seen no activity since the cutoff, locked for the rest of the transaction. */
    public List<Case> lockIdleClaims(Instant cutoff) {
        return em.createQuery("select c from Case c where c.assignee is not null and c.status <> :closed "
                        + "and c.lastActivityAt <= :cutoff", Case.class)
                .setParameter("closed", CaseStatus.CLOSED)
                .setParameter("cutoff", cutoff)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Stores a decision {@link Case#decide} returned. */
    public void addDecision(ItemDecision decision) {
        em.persist(decision);
    }

    /** The decisions taken on an item, oldest first. */
    public List<ItemDecision> decisionsOn(CaseItem item) {
        return em.createQuery("select d from ItemDecision d where d.item = :i order by d.decidedAt", ItemDecision.class)
                .setParameter("i", item)
                .getResultList();
    }

    /** The latest decision on an item (the one that stands), if it was decided. */
    public Optional<ItemDecision> latestDecision(CaseItem item) {
        return em.createQuery("select d from ItemDecision d where d.item = :item order by d.decidedAt desc, d.id desc",
                        ItemDecision.class)
                .setParameter("item", item).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Items on open cases that point to any of these registered items, most urgent case first. */
    public List<CaseItem> openItemsForContent(Collection<Long> contentIds) {
        if (contentIds.isEmpty()) {
            return List.of();
        }
        AnyOf<Long> ids = AnyOf.of("id", contentIds);
        return ids.bind(em.createQuery("select i from CaseItem i join fetch i.caseFile c where "
                        + ids.test("i.content.id") + " and c.status <> :closed order by c.queueDueAt", CaseItem.class))
                .setParameter("closed", CaseStatus.CLOSED)
                .getResultList();
    }

    /** Items on open cases for these outside addresses, most urgent case first. */
    public List<CaseItem> openItemsForLocations(Collection<String> urls) {
        if (urls.isEmpty()) {
            return List.of();
        }
        AnyOf<String> locations = AnyOf.of("url", urls);
        return locations.bind(em.createQuery("select i from CaseItem i join fetch i.caseFile c where i.kind = :external"
                        + " and " + locations.test("i.location") + " and c.status <> :closed"
                        + " order by c.queueDueAt", CaseItem.class))
                .setParameter("external", CaseItem.Kind.EXTERNAL)
                .setParameter("closed", CaseStatus.CLOSED)
                .getResultList();
    }

    /** When each of these items was last decided, by item id; items never decided are left out. */
    public Map<Long, Instant> lastDecidedAt(Collection<Long> itemIds) {
        Map<Long, Instant> decided = new HashMap<>();
        if (itemIds.isEmpty()) {
            return decided;
        }
        em.createQuery("""
                        select d.item.id, max(d.decidedAt) from ItemDecision d
                        where d.item.id in :ids group by d.item.id""", Object[].class)
                .setParameter("ids", itemIds)
                .getResultList()
                .forEach(row -> decided.put((Long) row[0], (Instant) row[1]));
        return decided;
    }

    /**
     * The SLA watch's page: open cases after {@code afterId} that may need a mark (past due and not marked overdue,
     * due before {@code atRiskHorizon} and not marked at risk, or overdue with no notice sent yet, or a removal
     * request's legal deadline 80% used or passed and not yet marked so), by id. Read-only:
     * the watch only asks each case whether it needs anything, and nothing it changes on them is written.
     */
    public List<Case> slaCandidates(long afterId, Instant now, Instant atRiskHorizon, int max) {
        return em.createQuery("""
                        select c from Case c
                        where c.status <> :closed and c.id > :after
                          and ((c.overdueAt is null and c.reviewDueAt <= :now)
                            or (c.atRiskAt is null and c.reviewDueAt <= :horizon)
                            or (c.overdueAt is not null and c.breachNotifiedAt is null)
                            or (c.removalDeadline.warnAt <= :now and c.removalDeadline.warnedAt is null)
                            or (c.removalDeadline.dueAt <= :now and c.removalDeadline.breachedAt is null))
                        order by c.id""", Case.class)
                .setParameter("closed", CaseStatus.CLOSED)
                .setParameter("after", afterId)
                .setParameter("now", now)
                .setParameter("horizon", atRiskHorizon)
                .setHint("org.hibernate.readOnly", true)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Locks those of these cases that no other transaction holds, in id order, and returns their ids; the rest are
     * skipped ({@code for update skip locked}), as another node (or a reviewer) is working on them right now.
     */
    public List<Long> lockFree(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return ((List<?>) em.createNativeQuery("select id from case_file where id in (?1) order by id "
                        + "for update skip locked")
                .setParameter(1, caseIds)
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }
}

package org.recourse.hotline.outside;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recourse.cases.CaseItem;
import org.recourse.cases.Category;

/** Reads the outside addresses of every case, with their report times and referrals; stores referrals. */
@ApplicationScoped
public class OutsideAddressRepository {

    /**
     * The most addresses the page and the export read at once, most recently reported first. Far above what a
     * platform's reporters give in the months a hotline takes to act on a list; past it, the oldest are left out.
     */
    public static final int MAX_ADDRESSES = 20_000;

    @PersistenceContext
    EntityManager em;

    /** Every outside address on any case (up to the bound), most recently reported first, with its referrals. */
    public List<OutsideAddress> all() {
        List<Object[]> rows = em.createQuery("""
                        select i.id, c.id, i.location, c.category, min(r.receivedAt), max(r.receivedAt)
                        from Report r join r.items i join i.caseFile c
                        where i.kind = :external
                        group by i.id, c.id, i.location, c.category
                        order by max(r.receivedAt) desc, i.id desc""", Object[].class)
                .setParameter("external", CaseItem.Kind.EXTERNAL)
                .setMaxResults(MAX_ADDRESSES).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        long oldestItem = rows.stream().mapToLong(row -> (Long) row[0]).min().orElseThrow();
        Map<Long, List<OutsideReferral>> referrals = new HashMap<>();
        em.createQuery("""
                        select r from OutsideReferral r where r.caseItemId >= :oldest
                        order by r.referredOn, r.id""", OutsideReferral.class)
                .setParameter("oldest", oldestItem).getResultList()
                .forEach(r -> referrals.computeIfAbsent(r.caseItemId(), id -> new ArrayList<>()).add(r));
        return rows.stream().map(row -> new OutsideAddress((Long) row[0], (Long) row[1], (String) row[2],
                (Category) row[3], (Instant) row[4], (Instant) row[5],
                referrals.getOrDefault((Long) row[0], List.of()))).toList();
    }

    /** The referrals recorded on one case, oldest first, with the address each is about. */
    public List<CaseReferral> onCase(long caseId) {
        return em.createQuery("""
                        select r, i.location from OutsideReferral r, CaseItem i
                        where r.caseId = :case and i.id = r.caseItemId order by r.referredOn, r.id""", Object[].class)
                .setParameter("case", caseId).getResultList().stream()
                .map(row -> new CaseReferral((OutsideReferral) row[0], (String) row[1])).toList();
    }

    /** A referral with the address it is about. */
    public record CaseReferral(OutsideReferral referral, String url) {
    }

    public void add(OutsideReferral referral) {
        em.persist(referral);
    }
}

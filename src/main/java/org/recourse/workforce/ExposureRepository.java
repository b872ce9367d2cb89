package org.recourse.workforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each revealed item on a reviewer's screen ({@code reviewer_exposure}): written on reveal, closed when covered. */
@ApplicationScoped
public class ExposureRepository {

    @PersistenceContext
    EntityManager em;

    public void revealed(String username, long itemId, Instant at, Instant revealEnds) {
        em.createNativeQuery("insert into reviewer_exposure (username, item_id, revealed_at, reveal_ends) "
                        + "values (?1, ?2, ?3, ?4)")
                .setParameter(1, username).setParameter(2, itemId).setParameter(3, utc(at))
                .setParameter(4, utc(revealEnds)).executeUpdate();
    }

    /** Closes the reviewer's open reveals of this item (every item, when null) that had not ended by themselves. */
    public int covered(String username, Long itemId, Instant at, String how) {
        jakarta.persistence.Query update = em.createNativeQuery("update reviewer_exposure set covered_at = ?1, "
                        + "covered_by = ?2 where username = ?3 and covered_at is null and reveal_ends > ?1 "
                        + "and revealed_at <= ?1" + (itemId == null ? "" : " and item_id = ?4"))
                .setParameter(1, utc(at)).setParameter(2, how).setParameter(3, username);
        if (itemId != null) {
            update.setParameter(4, itemId);
        }
        return update.executeUpdate();
    }

    /** The reviewer's reveals that overlap [from, to). */
    public List<ExposureSpan> spans(String username, Instant from, Instant to) {
        return everyone(from, to, username).getOrDefault(username, List.of());
    }

    /** Every reviewer's reveals that overlap [from, to), by reviewer. */
    public Map<String, List<ExposureSpan>> everyone(Instant from, Instant to) {
        return everyone(from, to, null);
    }

    private Map<String, List<ExposureSpan>> everyone(Instant from, Instant to, String username) {
        jakarta.persistence.Query select = em.createNativeQuery("select username, revealed_at, reveal_ends, "
                        + "covered_at from reviewer_exposure where revealed_at < ?1 and reveal_ends > ?2"
                        + (username == null ? "" : " and username = ?3"))
                .setParameter(1, utc(to)).setParameter(2, utc(from));
        if (username != null) {
            select.setParameter(3, username);
        }
        List<?> rows = select.getResultList();
        Map<String, List<ExposureSpan>> spans = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            spans.computeIfAbsent((String) columns[0], name -> new ArrayList<>()).add(new ExposureSpan(
                    CapacityRepository.instant(columns[1]), CapacityRepository.instant(columns[2]),
                    columns[3] == null ? null : CapacityRepository.instant(columns[3])));
        }
        return spans;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}

package org.recourse.audit;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.logging.Logger;
import javax.crypto.Mac;

/**
 * Seals an audit chain written before it was keyed: once, while holding the head's lock. The old chain is checked
 * first with the old unkeyed hash (what it says goes into the sealing's own audit event and the log, so tampering
 * from before is not hidden by the sealing); then every row, in id order, is linked again and sealed under the key,
 * and the head is marked as keyed ({@code hash_version} 2). The old chain's verdict cannot change anything that
 * follows: sealing is the only way forward, since an unkeyed chain proves nothing against whoever can write to the
 * database.
 *
 * <p>The head's {@code hash_version} is the marker that this happened. Someone who can write to the database could
 * set it back, rewrite every row with unkeyed hashes and wait for the portal to seal the forgery; that sealing would
 * then be a second {@code audit.chain-sealed} event and a second warning in the server's log, which is what to
 * look for.
 */
final class ChainSealing {

    static final int KEYED = 2;
    private static final Logger LOG = Logger.getLogger(ChainSealing.class.getName());

    /** What sealing did: how many rows, what the old chain was found to be, and the new head. */
    record Sealed(long rows, AuditLog.Verification before, ChainCheck.Head head) {
    }

    private ChainSealing() {
    }

    static Sealed seal(EntityManager em, ChainCheck.Head head, Mac chain) {
        AuditLog.Verification before = ChainCheck.walk(em, head, AuditEvent::unkeyedHash);
        String previous = AuditEvent.GENESIS;
        long lastId = 0;
        long rows = 0;
        while (true) {
            List<AuditEvent> page = em.createQuery("select e from AuditEvent e where e.id > :after order by e.id",
                    AuditEvent.class).setParameter("after", lastId).setMaxResults(ChainCheck.PAGE).getResultList();
            for (AuditEvent row : page) {
                row.seal(previous, chain);
                previous = row.hash();
                lastId = row.id();
                rows++;
            }
            em.flush();
            page.forEach(em::detach);
            if (page.size() < ChainCheck.PAGE) {
                break;
            }
        }
        em.createNativeQuery("update audit_head set last_id = ?1, last_hash = ?2, hash_version = ?3 where id = 1")
                .setParameter(1, lastId).setParameter(2, previous).setParameter(3, KEYED).executeUpdate();
        long sealed = rows;
        LOG.warning(() -> "Sealed the audit log under its key: " + sealed + " rows written before the chain was keyed"
                + (before.intact() ? "; their unkeyed chain was intact." : "; their unkeyed chain was BROKEN at row "
                + before.firstBrokenId() + " (" + before.problemInEnglish() + ")."));
        return new Sealed(rows, before, new ChainCheck.Head(lastId, previous, KEYED));
    }
}

package org.recourse.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.recourse.platform.i18n.Messages;

/**
 * Appends to the audit log, in the caller's transaction, so an action and its audit row commit or roll back
 * together. Appends are serialised by locking the single row of {@code audit_head}, which holds the last id and
 * hash: on one node or many, the chain never forks. Each row is sealed with an HMAC under a key the database does
 * not hold ({@link ChainKey}); a log written before that is sealed by the first append or start that finds it
 * ({@link ChainSealing}).
 */
@ApplicationScoped
public class AuditLog {

    /** What can be wrong with the chain, with the message key that says it in words. */
    public enum Problem {
        /** Rows {0} to {1} are missing. */
        MISSING,
        /** The row's link to the row before does not match. */
        LINK,
        /** The row's hash is not the HMAC of its content: changed, or not written by this portal. */
        ALTERED,
        /** The log ends at row {0} but row {1} was written. */
        CUT_OFF,
        /** The rows are not sealed under the key yet (only until the next append or start). */
        NOT_SEALED;

        public String messageKey() {
            return "audit.problem." + name();
        }
    }

    /** The result of checking the chain: intact, or the first row that does not fit and what is wrong with it. */
    public record Verification(boolean intact, long rowsChecked, Long firstBrokenId, Problem problem,
            List<Long> problemArguments) {

        static Verification intact(long rows) {
            return new Verification(true, rows, null, null, List.of());
        }

        static Verification broken(long rows, long firstBrokenId, Problem problem, Long... arguments) {
            return new Verification(false, rows, firstBrokenId, problem, List.of(arguments));
        }

        /** The problem in words, in this language; null when intact. */
        public String problemIn(Locale language) {
            return problem == null ? null
                    : Messages.in(language).get(problem.messageKey(), problemArguments.toArray());
        }

        String problemInEnglish() {
            return problemIn(Locale.ENGLISH);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private volatile ChainKey key;

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String actor, String action, String subject, String detail) {
        return append(sealedHead(), actor, action, subject, detail).event;
    }

    /** Starts a transaction of its own: for events outside any (e.g. a failed sign-in that changes nothing else). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditEvent recordNow(String actor, String action, String subject, String detail) {
        return record(actor, action, subject, detail);
    }

    /**
     * At start: seals a log written before the chain was keyed, so that it is sealed before anyone relies on it.
     * Returns whether there was anything to seal.
     */
    @Transactional
    public boolean sealIfUnkeyed() {
        if (head(false).version() >= ChainSealing.KEYED) {
            return false; // the usual case, without taking the lock
        }
        return sealedHead().version() >= ChainSealing.KEYED;
    }

    /**
     * The head, locked; if the rows are not sealed under the key yet, they are sealed first, and the sealing is the
     * next event, saying how many rows it sealed and whether their old chain was intact.
     */
    private ChainCheck.Head sealedHead() {
        ChainCheck.Head head = head(true);
        if (head.version() >= ChainSealing.KEYED) {
            return head;
        }
        ChainSealing.Sealed sealed = ChainSealing.seal(em, head, key().mac());
        AuditLog.Verification before = sealed.before();
        return append(sealed.head(), "system", "audit.chain-sealed", null, sealed.rows() + " rows written before the "
                + "chain was keyed were sealed under its key; their unkeyed chain was " + (before.intact() ? "intact"
                : "broken at row " + before.firstBrokenId() + ": " + before.problemInEnglish())).head;
    }

    /** Recomputes the whole chain in id order, in pages, and names the first row that was altered or follows a gap. */
    @Transactional
    public Verification verify() {
        ChainCheck.Head head = head(false);
        if (head.version() < ChainSealing.KEYED) {
            return Verification.broken(0, 1, Problem.NOT_SEALED);
        }
        javax.crypto.Mac chain = key().mac();
        return ChainCheck.walk(em, head, row -> row.keyedHash(chain));
    }

    @Transactional
    public List<AuditEvent> latest(int max) {
        return em.createQuery("select e from AuditEvent e order by e.id desc", AuditEvent.class)
                .setMaxResults(max).getResultList();
    }

    /** Uses this key instead of the one derived from the secrets key (tests outside the container). */
    void useKey(ChainKey chainKey) {
        this.key = chainKey;
    }

    private ChainKey key() {
        ChainKey known = key;
        if (known == null) {
            known = ChainKey.current();
            key = known;
        }
        return known;
    }

    private record Appended(AuditEvent event, ChainCheck.Head head) {
    }

    private Appended append(ChainCheck.Head head, String actor, String action, String subject, String detail) {
        long id = head.lastId() + 1;
        AuditEvent event = new AuditEvent(id, clock.instant(), actor, action, subject,
                detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000), head.lastHash(),
                key().mac());
        em.persist(event);
        em.createNativeQuery("update audit_head set last_id = ?1, last_hash = ?2 where id = 1")
                .setParameter(1, id).setParameter(2, event.hash()).executeUpdate();
        return new Appended(event, new ChainCheck.Head(id, event.hash(), head.version()));
    }

    private ChainCheck.Head head(boolean lock) {
        Object[] row = (Object[]) em.createNativeQuery("select last_id, last_hash, hash_version from audit_head "
                + "where id = 1" + (lock ? " for update" : "")).getSingleResult();
        return new ChainCheck.Head(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue());
    }
}

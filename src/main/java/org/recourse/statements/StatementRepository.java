package org.recourse.statements;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Statements of reasons: by public id, the version in force of a subject, every version given for an item. */
@ApplicationScoped
public class StatementRepository {

    /** More versions than any item gets in practice; a bound, so one answer stays small. */
    static final int MAX_VERSIONS = 200;

    @PersistenceContext
    EntityManager em;

    /**
     * Inserts at once (an identity id), so a second version of the same subject fails here on its unique version. The
     * version it supersedes is updated at the next flush of this transaction: no flush of the whole persistence context
     * here (LEAN-INTAKE, issue 18 §2: 4 % of the portal's CPU per report).
     */
    public void add(StatementOfReasons statement) {
        em.persist(statement);
    }

    public Optional<StatementOfReasons> find(long id) {
        return Optional.ofNullable(em.find(StatementOfReasons.class, id));
    }

    public Optional<StatementOfReasons> find(StatementId publicId) {
        return em.createQuery("select s from StatementOfReasons s where s.publicId = :id", StatementOfReasons.class)
                .setParameter("id", publicId).getResultStream().findFirst();
    }

    /**
     * The version in force of a subject, locked: two restrictions of one subject in parallel issue their versions one
     * after the other (the unique version per subject refuses a fork even without it).
     */
    public Optional<StatementOfReasons> currentForUpdate(String subjectKey) {
        return em.createQuery("select s from StatementOfReasons s where s.subjectKey = :key and s.supersededBy is null",
                        StatementOfReasons.class)
                .setParameter("key", subjectKey).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Every statement given about a content item (its visibility and accounts banned for it), oldest first. */
    public List<StatementOfReasons> forContent(String platformContentId) {
        return em.createQuery("select s from StatementOfReasons s where s.platformContentId = :content"
                        + " order by s.issuedAt, s.id", StatementOfReasons.class)
                .setParameter("content", platformContentId).setMaxResults(MAX_VERSIONS).getResultList();
    }

    /** The version a statement replaced, if it is not the first of its line. */
    public Optional<StatementOfReasons> previous(StatementOfReasons statement) {
        if (statement.version() <= 1) {
            return Optional.empty();
        }
        return em.createQuery("select s from StatementOfReasons s where s.subjectKey = :key and s.version = :version",
                        StatementOfReasons.class)
                .setParameter("key", statement.subjectKey()).setParameter("version", statement.version() - 1)
                .getResultStream().findFirst();
    }
}

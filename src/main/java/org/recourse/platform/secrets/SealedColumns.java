package org.recourse.platform.secrets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The columns that hold sealed secrets, read and written as stored (not through the entities' converters). */
@ApplicationScoped
public class SealedColumns {

    /** A table's secret column and what its values are sealed for. */
    record Column(String table, String column, String purpose) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("staff_account", "totp_secret", SealedTotpSecret.PURPOSE),
            new Column("webhook_endpoint", "secret", SealedWebhookSecret.PURPOSE));

    @PersistenceContext
    EntityManager em;

    /** For the container. */
    public SealedColumns() {
    }

    /** Outside the container (tests), on this entity manager. */
    public SealedColumns(EntityManager em) {
        this.em = em;
    }

    /** Seals every value still in plain text; returns how many. */
    @Transactional
    public int sealPlainValues() {
        SecretSeal seal = SecretSeal.current();
        int sealed = 0;
        for (Column c : COLUMNS) {
            List<?> rows = em.createNativeQuery("select id, " + c.column() + " from " + c.table() + " where "
                    + c.column() + " is not null and " + c.column() + " not like 'sealed:%' for update").getResultList();
            for (Object row : rows) {
                Object[] values = (Object[]) row;
                sealed += em.createNativeQuery("update " + c.table() + " set " + c.column() + " = ?1 where id = ?2 and "
                                + c.column() + " = ?3")
                        .setParameter(1, seal.seal((String) values[1], c.purpose()))
                        .setParameter(2, ((Number) values[0]).longValue())
                        .setParameter(3, values[1])
                        .executeUpdate();
            }
        }
        return sealed;
    }

    /**
     * Opens one sealed value of each column, if there is one.
     *
     * @throws IllegalStateException if it does not open with this node's key
     */
    @Transactional
    public void checkOneOpens() {
        SecretSeal seal = SecretSeal.current();
        for (Column c : COLUMNS) {
            List<?> one = em.createNativeQuery("select " + c.column() + " from " + c.table() + " where " + c.column()
                    + " like 'sealed:%' order by id").setMaxResults(1).getResultList();
            if (!one.isEmpty()) {
                seal.open((String) one.get(0), c.purpose());
            }
        }
    }
}

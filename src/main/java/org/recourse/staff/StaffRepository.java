package org.recourse.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stores and finds staff accounts. */
@ApplicationScoped
public class StaffRepository {

    @PersistenceContext
    EntityManager em;

    public void add(StaffAccount account) {
        em.persist(account);
    }

    public Optional<StaffAccount> findByUsername(String username) {
        return em.createQuery("select s from StaffAccount s where s.username = :u", StaffAccount.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    /** The account, locked for the rest of the transaction: sign-in attempts on one account are counted in turn. */
    public Optional<StaffAccount> lockByUsername(String username) {
        return em.createQuery("select s from StaffAccount s where s.username = :u", StaffAccount.class)
                .setParameter("u", username)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Only the person's own time zone (null when they follow the browser), for the times of every staff page. */
    public Optional<String> timeZoneOf(String username) {
        return em.createQuery("select s.timeZone from StaffAccount s where s.username = :u", String.class)
                .setParameter("u", username)
                .getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    public Optional<StaffAccount> find(long id) {
        return Optional.ofNullable(em.find(StaffAccount.class, id));
    }

    /**
     * Only the session version, by primary key: what every request of a signed-in session reads, outside any
     * transaction (so a list, which the container's entity manager fully reads before it closes, not a stream).
     */
    public Optional<Long> sessionVersion(long id) {
        return em.createQuery("select s.sessionVersion from StaffAccount s where s.id = :id", Long.class)
                .setParameter("id", id)
                .getResultList().stream().findFirst();
    }

    public List<StaffAccount> all() {
        return em.createQuery("select s from StaffAccount s order by s.username", StaffAccount.class).getResultList();
    }

    /** Active accounts holding at least this role (a supervisor role is held by admins too). */
    public List<StaffAccount> withRole(Role role) {
        List<Role> roles = java.util.Arrays.stream(Role.values()).filter(r -> r.includes(role)).toList();
        return em.createQuery("select s from StaffAccount s where s.role in :roles and s.disabled = false "
                        + "order by s.username", StaffAccount.class)
                .setParameter("roles", roles)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(s) from StaffAccount s", Long.class).getSingleResult();
    }
}

package org.recourse.screening.banks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.recourse.matching.hash.PdqHash;
import org.recourse.platform.persistence.AnyOf;

/**
 * Stores, finds and locks the banks, their entries and the uploads the entries held, in the caller's transaction
 * (the services say which). Entries are locked in id order wherever several are, so two transactions never wait on
 * each other's entries. Survivors' submissions are {@link SubmissionRepository}'s.
 */
@ApplicationScoped
public class BankRepository {

    /** A PDQ entry that can match, as the nodes' indexes load it. */
    public record MatchingPdq(long entryId, PdqHash pdq) {
    }

    @PersistenceContext
    EntityManager em;

    public List<HashBank> banks() {
        return em.createQuery("select b from HashBank b order by b.id", HashBank.class).getResultList();
    }

    public Optional<HashBank> bank(long id) {
        return Optional.ofNullable(em.find(HashBank.class, id));
    }

    /** The bank of a purpose (the migration made one for each). */
    public Optional<HashBank> bankFor(BankPurpose purpose) {
        return em.createQuery("select b from HashBank b where b.purpose = :p order by b.id", HashBank.class)
                .setParameter("p", purpose).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Stores a new (partner) bank and writes it at once, so it has its id. */
    public void addBank(HashBank bank) {
        em.persist(bank);
        em.flush();
    }

    /** The bank of this name, if there is one (names are unique). */
    public Optional<HashBank> bankNamed(String name) {
        return em.createQuery("select b from HashBank b where lower(b.name) = lower(:name)", HashBank.class)
                .setParameter("name", name).getResultList().stream().findFirst();
    }

    /** Locks a bank for the rest of the transaction and re-reads it: flagging it happens once. */
    public void lock(HashBank bank) {
        em.refresh(bank, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Partner banks flagged for too many rejected entries, by name. */
    public List<HashBank> flagged() {
        return em.createQuery("select b from HashBank b where b.flaggedAt is not null order by b.name", HashBank.class)
                .getResultList();
    }

    /** How a bank's entries fared in review: the entries a decision settled, and how many of them were rejected. */
    public RejectionRate rejectionRate(long bankId) {
        List<Object[]> counts = em.createQuery("""
                        select e.state, count(e) from BankEntry e
                        where e.bank.id = :bank and e.reviewCase is not null and e.state in (:confirmed, :rejected)
                        group by e.state""", Object[].class)
                .setParameter("bank", bankId).setParameter("confirmed", EntryState.CONFIRMED)
                .setParameter("rejected", EntryState.REJECTED).getResultList();
        long reviewed = 0;
        long rejected = 0;
        for (Object[] row : counts) {
            reviewed += (Long) row[1];
            rejected += row[0] == EntryState.REJECTED ? (Long) row[1] : 0;
        }
        return new RejectionRate(reviewed, rejected);
    }

    /** A bank's entries a reviewer's decision rejected, in id order: its feedback to the list's source. */
    public List<BankEntry> rejectedOnReview(long bankId) {
        return em.createQuery("""
                        select e from BankEntry e where e.bank.id = :bank and e.state = :rejected
                        and e.reviewCase is not null order by e.id""", BankEntry.class)
                .setParameter("bank", bankId).setParameter("rejected", EntryState.REJECTED).getResultList();
    }

    /** Stores a new entry and writes it at once, so it has its id. */
    public void add(BankEntry entry) {
        em.persist(entry);
        em.flush();
    }

    public void addVideo(BankEntryVideo video) {
        em.persist(video);
    }

    /** A banked video that can match: its entry and its frames. */
    public record MatchingVideo(long entryId, String frames) {
    }

    /** A page of the video entries that can match (active, not rejected), in id order after {@code afterId}. */
    public List<MatchingVideo> matchingVideos(long afterId, int max) {
        return em.createQuery("""
                        select e.id, v.vpdq from BankEntry e, BankEntryVideo v
                        where v.bankEntryId = e.id and e.hashType = :vpdq and e.disabledAt is null
                        and e.state <> :rejected and e.id > :after order by e.id""", Object[].class)
                .setParameter("vpdq", HashType.VPDQ).setParameter("rejected", EntryState.REJECTED)
                .setParameter("after", afterId).setMaxResults(max).getResultList()
                .stream().map(row -> new MatchingVideo((Long) row[0], (String) row[1])).toList();
    }

    /** A video entry's frames. */
    public Optional<BankEntryVideo> video(long entryId) {
        return Optional.ofNullable(em.find(BankEntryVideo.class, entryId));
    }

    /** The entry of this hash in this bank, if it has one. */
    public Optional<BankEntry> find(HashBank bank, HashType type, String canonical) {
        return em.createQuery("""
                        select e from BankEntry e where e.bank = :bank and e.hashType = :type and e.hashValue = :value""",
                        BankEntry.class)
                .setParameter("bank", bank).setParameter("type", type).setParameter("value", canonical)
                .getResultList().stream().findFirst();
    }

    /** An entry with its bank. */
    public Optional<BankEntry> entry(long id) {
        return em.createQuery("select e from BankEntry e join fetch e.bank where e.id = :id", BankEntry.class)
                .setParameter("id", id).getResultList().stream().findFirst();
    }

    /** Finds an entry locked for the rest of the transaction. */
    public Optional<BankEntry> lockEntry(long id) {
        return Optional.ofNullable(em.find(BankEntry.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Locks an entry already in the persistence context for the rest of the transaction and re-reads it (a refresh
     * rather than a locking query, which would hand back the state from before the wait).
     */
    public void lock(BankEntry entry) {
        em.refresh(entry, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Every PDQ entry that can match (active, not rejected, the suppression list's too). */
    public List<MatchingPdq> matchingPdq() {
        return em.createQuery("""
                        select e.id, e.hashValue from BankEntry e
                        where e.hashType = :pdq and e.disabledAt is null and e.state <> :rejected""", Object[].class)
                .setParameter("pdq", HashType.PDQ).setParameter("rejected", EntryState.REJECTED).getResultList()
                .stream().map(row -> new MatchingPdq((Long) row[0], PdqHash.fromHex((String) row[1]))).toList();
    }

    /** A page of a bank's entries, the newest first. */
    public List<BankEntry> entries(long bankId, int first, int max) {
        return em.createQuery("select e from BankEntry e where e.bank.id = :bank order by e.id desc", BankEntry.class)
                .setParameter("bank", bankId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(long bankId) {
        return em.createQuery("select count(e) from BankEntry e where e.bank.id = :bank", Long.class)
                .setParameter("bank", bankId).getSingleResult();
    }

    /** Entries with this exact hash that can match: active and not rejected (the suppression list's too). */
    public List<BankEntry> activeExact(HashType type, String value) {
        return em.createQuery("""
                        select e from BankEntry e join fetch e.bank b
                        where e.hashType = :type and e.hashValue = :value and e.disabledAt is null
                        and e.state <> :rejected""", BankEntry.class)
                .setParameter("type", type).setParameter("value", value)
                .setParameter("rejected", EntryState.REJECTED).getResultList();
    }

    /** A bank's active, confirmed entries in id order, as a stream to read within the caller's transaction. */
    public Stream<BankEntry> confirmedActive(long bankId) {
        return em.createQuery("""
                        select e from BankEntry e where e.bank.id = :bank and e.disabledAt is null
                        and e.state = :confirmed order by e.id""", BankEntry.class)
                .setParameter("bank", bankId).setParameter("confirmed", EntryState.CONFIRMED).getResultStream();
    }

    /** Quarantined entries that are still active, the latest first, at most {@code max}. */
    public List<BankEntry> quarantined(int max) {
        return em.createQuery("""
                        select e from BankEntry e where e.state = :quarantined and e.disabledAt is null
                        order by e.quarantinedAt desc, e.id desc""", BankEntry.class)
                .setParameter("quarantined", EntryState.QUARANTINED).setMaxResults(max).getResultList();
    }

    // --- Holds: the uploads entries awaiting review held ---------------------------------------------------------

    /** Stores these holds and writes them at once, so that counting them sees them. */
    public void addHolds(Collection<EntryHold> holds) {
        holds.forEach(em::persist);
        em.flush();
    }

    /** How many uploads an entry held after {@code since}. */
    public long heldSince(long entryId, Instant since) {
        return em.createQuery("select count(h) from EntryHold h where h.entry.id = :entry and h.heldAt > :since",
                        Long.class)
                .setParameter("entry", entryId).setParameter("since", since).getSingleResult();
    }

    /**
     * The entries that held an upload reported as this case item, in id order: the order every transaction that
     * locks several entries keeps.
     */
    public List<BankEntry> entriesThatHeld(long caseItemId) {
        return em.createQuery("""
                        select e from BankEntry e
                        where e.id in (select h.entry.id from EntryHold h where h.caseItemId = :item) order by e.id""",
                        BankEntry.class)
                .setParameter("item", caseItemId).getResultList();
    }

    /** The case item of the latest upload any of these entries held that was reported, if one was. */
    public Optional<Long> latestCaseItemHeldBy(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Optional.empty();
        }
        AnyOf<Long> entries = AnyOf.of("entry", entryIds);
        return entries.bind(em.createQuery("select h.caseItemId from EntryHold h where " + entries.test("h.entry.id")
                        + " and h.caseItemId is not null order by h.id desc", Long.class))
                .setMaxResults(1).getResultList().stream().findFirst();
    }
}

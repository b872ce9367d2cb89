package org.recourse.screening.sweep;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.recourse.audit.AuditLog;
import org.recourse.intake.Reference;
import org.recourse.screening.banks.BankEntry;
import org.recourse.screening.banks.BankEntryAdded;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.EntryState;
import org.recourse.screening.banks.HashBank;
import org.recourse.screening.banks.HashBanks;

/**
 * The sweeps: asked for in the transaction that adds an entry to a bank (an outbox row, so adding 100,000 entries
 * never waits for the search), or by a supervisor; worked a batch at a time by {@link SweepJob} on whichever node
 * claims the sweep first. Each batch, with the copies it hides and the sweep's new position and counts, is one
 * transaction, so a node that stops mid-batch leaves the sweep where the last batch left it, and the next resumes.
 */
@ApplicationScoped
public class Sweeps {

    private static final Logger LOG = Logger.getLogger(Sweeps.class.getName());
    /** How many times in a row a batch may fail before it is skipped. */
    static final int TRIES = 3;

    @Inject
    SweepRepository repository;

    @Inject
    CopyFinder finder;

    @Inject
    CopyHider hider;

    @Inject
    ContentIndex index;

    @Inject
    HashBanks banks;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "recourse.sweep.batch", defaultValue = "500")
    int batch;

    @Inject
    @ConfigProperty(name = "recourse.screening.flood-threshold", defaultValue = "50")
    int floodThreshold;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transaction;

    /**
     * An entry entered a bank: it joins the sweep this transaction already made for that bank, or makes one. An
     * import of 100,000 entries thereby makes one sweep row, not 100,000.
     */
    void entryAdded(@Observes BankEntryAdded added) {
        @SuppressWarnings("unchecked")
        Map<Long, SweepRun> made = (Map<Long, SweepRun>) transaction.getResource(Sweeps.class);
        if (made == null) {
            made = new HashMap<>();
            transaction.putResource(Sweeps.class, made);
        }
        SweepRun run = made.get(added.bankId());
        if (run == null) {
            run = SweepRun.automatic(added.bankId(), added.entryId(), clock.instant());
            repository.add(run);
            made.put(added.bankId(), run);
        } else {
            run.extendTo(added.entryId());
        }
    }

    /** A supervisor sweeps one bank ({@code bankId}) or all (null) up to the last entry now. Audited. */
    @Transactional
    public SweepRun start(Long bankId, String supervisor) {
        Optional<HashBank> bank = bankId == null ? Optional.empty() : banks.bank(bankId);
        if (bankId != null && bank.isEmpty()) {
            throw new IllegalArgumentException("No bank " + bankId);
        }
        long last = repository.lastEntryId();
        SweepRun run = SweepRun.onDemand(bankId, last, repository.countEntries(bankId, last), supervisor,
                clock.instant());
        repository.add(run);
        repository.flush();
        audit.record(supervisor, "sweep.started", "sweep:" + run.id(), bank.map(HashBank::name).orElse("every bank")
                + ": " + run.total() + " hashes against registered content");
        return run;
    }

    /** Loads this node's content index (the job does it at its first run, so the first sweep does not wait). */
    @Transactional
    public int warmUp() {
        return index.size();
    }

    /**
     * Works one batch of the oldest sweep not done that no other node holds. Returns false when there was none.
     */
    @Transactional
    public boolean step() {
        Optional<SweepRun> claimed = repository.claimNext();
        if (claimed.isEmpty()) {
            return false;
        }
        SweepRun run = claimed.get();
        run.begin(clock.instant());
        List<BankEntry> entries = repository.nextEntries(run, batch);
        List<BankEntry> swept = entries.stream().filter(Sweeps::sweeps).toList();
        Map<String, SweepSource> sources = new LinkedHashMap<>();
        Map<String, List<CopyFinder.Found>> bySource = new LinkedHashMap<>();
        for (CopyFinder.Found found : capped(finder.find(swept), floodThreshold + 1)) {
            SweepSource source = SweepSource.of(found.entry(), run.id());
            sources.putIfAbsent(source.key(), source);
            bySource.computeIfAbsent(source.key(), k -> new java.util.ArrayList<>()).add(found);
        }
        int copies = 0;
        int cases = 0;
        for (Map.Entry<String, List<CopyFinder.Found>> each : bySource.entrySet()) {
            SweepSource source = linked(sources.get(each.getKey()), each.getValue());
            CopyHider.Hidden hidden = hider.hide(source, each.getValue(), run.id());
            copies += hidden.copies();
            cases += hidden.caseOpened() ? 1 : 0;
        }
        long upTo = entries.isEmpty() ? run.position() : entries.get(entries.size() - 1).id();
        int checked = (int) entries.stream().filter(e -> e.bank().purpose() != BankPurpose.SUPPRESSION).count();
        run.advance(checked, upTo, copies, cases, entries.size() < batch, clock.instant());
        if (run.done()) {
            finished(run);
        }
        return true;
    }

    /**
     * The batch a node just tried failed (its transaction is rolled back): counted on the sweep this node would take
     * next, which is that one unless another node took it meanwhile; after {@link #TRIES} failures in a row the batch
     * is skipped (logged and audited), so one bad row never stalls the sweeps behind it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Throwable failure) {
        Optional<SweepRun> claimed = repository.claimNext();
        if (claimed.isEmpty()) {
            return;
        }
        SweepRun run = claimed.get();
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (run.failed(cause.getClass().getName(), TRIES)) {
            List<BankEntry> entries = repository.nextEntries(run, batch);
            long upTo = entries.isEmpty() ? run.lastEntryId() : entries.get(entries.size() - 1).id();
            run.skip(entries.size(), upTo, entries.size() < batch, clock.instant());
            LOG.severe(() -> "Sweep " + run.id() + " skipped " + entries.size() + " entries up to " + upTo + " after "
                    + TRIES + " failures (" + run.lastFailure() + ").");
            audit.record("system", "sweep.skipped", "sweep:" + run.id(), entries.size() + " entries up to entry "
                    + upTo + " after " + TRIES + " failed tries (" + run.lastFailure() + ")");
            if (run.done()) {
                finished(run);
            }
        }
    }

    /**
     * At most {@code cap} copies for each entry still awaiting review (a survivor's hash anyone could have sent): one
     * that finds more matches something common, and the flood guard quarantines it on the holds of the first
     * {@code cap}, so the rest stay up and later batches skip it. Confirmed entries are not capped.
     */
    static List<CopyFinder.Found> capped(List<CopyFinder.Found> found, int cap) {
        Map<Long, Integer> counted = new HashMap<>();
        return found.stream().filter(f -> !f.entry().state().awaitsReview()
                || counted.merge(f.entry().id(), 1, Integer::sum) <= cap).toList();
    }

    /** Whether the sweep searches for copies of this entry: one that can match, off the suppression list, not quarantined. */
    static boolean sweeps(BankEntry entry) {
        EntryState.Effect effect = entry.effect();
        return entry.bank().purpose() != BankPurpose.SUPPRESSION
                && (effect == EntryState.Effect.BLOCK || effect == EntryState.Effect.HOLD);
    }

    /** A survivor's hashes link their copies' case to the case of an upload the same hashes held, if one was. */
    private SweepSource linked(SweepSource source, List<CopyFinder.Found> found) {
        if (source.submissionId() == null) {
            return source;
        }
        return source.linkedTo(repository.caseHeldBy(found.stream().map(f -> f.entry().id()).distinct().toList())
                .orElse(null));
    }

    private void finished(SweepRun run) {
        if (run.trigger() == SweepRun.Trigger.ON_DEMAND) {
            audit.record(run.requestedBy(), "sweep.finished", "sweep:" + run.id(), run.checked() + " checked, "
                    + run.matched() + " copies hidden, " + run.casesOpened() + " cases opened");
        }
        if (run.matched() > 0) {
            LOG.info(() -> "Sweep " + run.id() + ": " + run.matched() + " copies hidden on " + run.casesOpened()
                    + " new case(s).");
        }
    }

    // What pages show.

    @Transactional
    public Optional<SweepRun> run(long id) {
        return repository.run(id);
    }

    /** The most recent sweeps supervisors started, newest first. */
    @Transactional
    public List<SweepRun> recent(int max) {
        return repository.onDemand(max);
    }

    /** The sweep cases a case is, with the copies on it, for the case page. */
    @Transactional
    public CaseCopies copiesOn(long caseId) {
        return new CaseCopies(repository.sweepCases(caseId), repository.copies(caseId));
    }

    /** What a case page lists: where the copies came from, and each copy. */
    public record CaseCopies(List<SweepCase> sources, List<SweepRepository.CopyRow> copies) {
    }

    /** How many copies were hidden for the holder of this reference: a count, never where or which. */
    @Transactional
    public long copiesHiddenFor(Reference reference) {
        return repository.copiesHiddenFor(reference.compact());
    }

    /** The time now, for pages that show how long is left. */
    public Instant now() {
        return clock.instant();
    }
}

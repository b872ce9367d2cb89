package org.recourse.screening.banks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.recourse.audit.AuditLog;

/**
 * The banks and their entries: adding (idempotent: a hash is in a bank once, and adding never enables a disabled
 * entry), disabling and enabling, browsing, and the exact look-ups of screening. Every change is audited, and every
 * change of whether a PDQ entry can match is told to the nodes' indexes ({@link PdqEntryChanged}, which stay-down logs)
 * in the same transaction.
 */
@ApplicationScoped
public class HashBanks {

    /**
     * One entry as the bank page and the export show it: where it came from (the original case of a removal, or a
     * survivor's submission number, never a reference), its review state and, once reviewed, by whom and why.
     */
    public record Row(long id, HashType type, String value, String label, String source, String originalCase,
            String submission, EntryState state, java.time.Instant addedAt, String addedBy, boolean active,
            Review review, String sourceRef, EntryState.Effect effect) {

        static Row of(BankEntry entry) {
            Review review = entry.reviewedAt() == null ? null : new Review(entry.reviewedBy(), entry.reviewedAt(),
                    entry.reviewCase(), entry.reviewReason(), entry.reviewNote());
            return new Row(entry.id(), entry.hashType(), entry.hashValue(), entry.label(), entry.source(),
                    entry.originalCase(), entry.submissionNumber(), entry.state(), entry.addedAt(), entry.addedBy(),
                    entry.isActive(), review, entry.sourceRef(), entry.effect());
        }
    }

    /** Who last moved an entry's review, when, on which case, and why (a reason code and their words) if rejected. */
    public record Review(String by, java.time.Instant at, String caseNumber, String reason, String note) {
    }

    @Inject
    BankRepository repository;

    @Inject
    Event<PdqEntryChanged> pdqChanges;

    @Inject
    Event<BankEntryAdded> entriesAdded;

    @Inject
    Event<VideoEntryChanged> videoChanges;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    public List<HashBank> banks() {
        return repository.banks();
    }

    @Transactional
    public Optional<HashBank> bank(long id) {
        return repository.bank(id);
    }

    /** The bank of a purpose (the migration made one for each). */
    @Transactional(Transactional.TxType.MANDATORY)
    public HashBank bankFor(BankPurpose purpose) {
        return repository.bankFor(purpose).orElseThrow(() -> new IllegalStateException("No bank for " + purpose
                + ": the migrations make one for each purpose"));
    }

    /**
     * Adds a hash to a bank as staff do (a removal in case {@code originalCase}, or by hand): the entry is confirmed.
     * If the hash is there already it stays exactly as it is, and in particular a disabled entry stays disabled: a
     * supervisor disabled it on purpose (a false positive, a wrong import), and only a person on the bank page enables
     * it again. A removal that banks a disabled hash again is written to the audit log, so the conflict can be seen.
     * Returns the entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BankEntry add(HashBank bank, HashType type, String value, String label, String source, String originalCase,
            String actor) {
        return store(bank, type, value, null, label, source, originalCase, actor, true);
    }

    /**
     * Adds a video's frames to a bank as staff do (a removal of a video in case {@code originalCase}): one
     * {@link HashType#VPDQ} entry, confirmed, with the frames beside it; as {@link #add}, a video banked already stays
     * as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BankEntry addVideo(HashBank bank, org.recourse.matching.video.VpdqVideo video, String label, String source,
            String originalCase, String actor) {
        String frames = VpdqEntries.frames(video);
        return store(bank, HashType.VPDQ, VpdqEntries.key(frames), frames, label, source, originalCase, actor, true);
    }

    /** A page of the banked videos that can match, for a node's video index. */
    @Transactional
    public List<BankRepository.MatchingVideo> matchingVideos(long afterId, int max) {
        return repository.matchingVideos(afterId, max);
    }

    /** A video entry's frames, if the entry is a video. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BankEntryVideo> video(long entryId) {
        return repository.video(entryId);
    }

    /** The entry of this hash in this bank, if it has one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<BankEntry> find(HashBank bank, HashType type, String canonical) {
        return repository.find(bank, type, canonical);
    }

    /** Stores a new survivor's entry (unconfirmed) for a hash the bank does not hold yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    BankEntry addSubmitted(HashBank bank, HashType type, String canonical, String frames, HashSubmission submission) {
        BankEntry entry = BankEntry.submitted(bank, type, canonical, submission.id(), clock.instant());
        repository.add(entry);
        withFrames(entry, frames);
        indexed(entry, true);
        entriesAdded.fire(new BankEntryAdded(entry.id(), bank.id()));
        audit.record("survivor", "bank.entry.added", "bank-entry:" + entry.id(), bank.name() + ": " + type.code()
                + " " + canonical + " (submission " + submission.number() + ", unconfirmed)");
        return entry;
    }

    private BankEntry store(HashBank bank, HashType type, String value, String frames, String label, String source,
            String originalCase, String actor, boolean audited) {
        String canonical = type.canonical(value).orElseThrow(() -> new IllegalArgumentException("Not a " + type.code()
                + " hash: " + value));
        Optional<BankEntry> existing = find(bank, type, canonical);
        if (existing.isPresent()) {
            if (!existing.get().isActive() && audited) {
                audit.record(actor, "bank.entry.kept-disabled", "bank-entry:" + existing.get().id(), bank.name()
                        + ": added again (" + shorten(source) + "); it stays disabled until a person enables it");
            }
            return existing.get();
        }
        BankEntry entry = new BankEntry(bank, type, canonical, label, source, originalCase, actor, clock.instant());
        repository.add(entry);
        withFrames(entry, frames);
        indexed(entry, true);
        entriesAdded.fire(new BankEntryAdded(entry.id(), bank.id()));
        if (audited) {
            audit.record(actor, "bank.entry.added", "bank-entry:" + entry.id(), bank.name() + ": " + type.code() + " "
                    + canonical + " (" + entry.source() + ")");
        }
        return entry;
    }

    /** Adds a hash as an admin or supervisor does on the bank page, in a transaction of its own (confirmed). */
    @Transactional
    public BankEntry addByHand(long bankId, HashType type, String value, String label, String actor) {
        HashBank bank = bank(bankId).orElseThrow(() -> new IllegalArgumentException("No bank " + bankId));
        if (type.isVideo()) {
            // By hand, a video is given by its frames (any shape a list uses), never by the digest of them.
            String frames = VpdqEntries.frames(value);
            return store(bank, type, VpdqEntries.key(frames), frames, label, "added by " + actor, null, actor, true);
        }
        return add(bank, type, value, label, "added by " + actor, null, actor);
    }

    /** Keeps a new video entry's frames beside it; a video entry without frames could never match. */
    private void withFrames(BankEntry entry, String frames) {
        if (entry.hashType().isVideo()) {
            repository.addVideo(new BankEntryVideo(entry, java.util.Objects.requireNonNull(frames,
                    "A video entry needs its frames.")));
        }
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() <= 80 ? text : text.substring(0, 80);
    }

    @Transactional
    public boolean setActive(long entryId, boolean active, String actor) {
        Optional<BankEntry> found = repository.lockEntry(entryId);
        if (found.isEmpty()) {
            return false;
        }
        BankEntry entry = found.get();
        boolean screened = entry.screens();
        boolean changed = active ? entry.enable() : entry.disable(actor, clock.instant());
        if (changed) {
            indexedIfChanged(entry, screened);
            audit.record(actor, active ? "bank.entry.enabled" : "bank.entry.disabled", "bank-entry:" + entryId,
                    entry.bank().name());
        }
        return changed;
    }

    /** Tells the nodes' indexes if the entry started or stopped matching (it was {@code screened} before). */
    @Transactional(Transactional.TxType.MANDATORY)
    void indexedIfChanged(BankEntry entry, boolean screened) {
        if (entry.screens() != screened) {
            indexed(entry, entry.screens());
        }
    }

    private void indexed(BankEntry entry, boolean add) {
        entry.pdq().ifPresent(pdq -> pdqChanges.fire(new PdqEntryChanged(entry.id(), pdq, add)));
        if (entry.hashType().isVideo()) {
            videoChanges.fire(new VideoEntryChanged(entry.id(), add));
        }
    }

    /**
     * Every PDQ entry that can match (active, not rejected, the suppression list's too): what a node's index loads at
     * start. In the caller's transaction, if any.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BankRepository.MatchingPdq> matchingPdq() {
        return repository.matchingPdq();
    }

    @Transactional
    public List<Row> entries(long bankId, int first, int max) {
        return repository.entries(bankId, first, max).stream().map(Row::of).toList();
    }

    @Transactional
    public long count(long bankId) {
        return repository.count(bankId);
    }

    /** Entries with this exact hash that can match: active and not rejected (the suppression list's too). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<BankEntry> activeExact(HashType type, String value) {
        return repository.activeExact(type, value);
    }

    /**
     * Imports a whole file into a bank, or nothing: a file with any bad line is refused before anything is stored.
     * Returns how many entries were new.
     */
    @Transactional
    public int importFile(long bankId, BankFile.Parsed file, String fileName, String actor) {
        return importFile(bankId, new BankFormats.Read(null, file), fileName, actor);
    }

    /**
     * Imports a list read in any of the {@link ListFormat}s, all of it or nothing. Into a partner bank its new entries
     * come unconfirmed (what a match does is the bank's trust level's to say, until a reviewer settles each), with the
     * partner's id for each, and the bank remembers the format for its feedback; into the portal's own banks they come
     * confirmed, as staff's entries do. Returns how many entries were new.
     */
    @Transactional
    public int importFile(long bankId, BankFormats.Read read, String fileName, String actor) {
        BankFile.Parsed file = read.parsed();
        if (!file.valid()) {
            throw new IllegalArgumentException("The file has problems; nothing was imported.");
        }
        HashBank bank = bank(bankId).orElseThrow(() -> new IllegalArgumentException("No bank " + bankId));
        if (bank.purpose() == BankPurpose.SURVIVOR_SUBMITTED) {
            throw new IllegalArgumentException("Survivors' hashes come from survivors, never from a list.");
        }
        long before = count(bankId);
        String fallback = bank.isPartner() ? bank.partnerSource()
                : "import of " + (fileName == null || fileName.isBlank() ? "a file" : fileName.strip());
        for (BankFile.Row row : file.rows()) {
            String source = row.source() == null ? fallback : row.source();
            // One audit record for the whole import, below, rather than one per row.
            if (bank.isPartner()) {
                storePartner(bank, row, source, actor);
            } else {
                store(bank, row.type(), row.hash(), row.frames(), row.label(), source, null, actor, false);
            }
        }
        if (bank.isPartner() && read.format() != null) {
            bank.importedAs(read.format());
        }
        int added = (int) (count(bankId) - before);
        audit.record(actor, "bank.imported", "bank:" + bankId, bank.name() + ": " + file.rows().size() + " rows, "
                + added + " new (" + (fileName == null ? fallback : shorten(fileName.strip()))
                + (read.format() == null ? "" : ", " + read.format()) + ")");
        return added;
    }

    /** A partner's row: a hash the bank holds already stays as it is (reviewed, disabled or not). */
    private void storePartner(HashBank bank, BankFile.Row row, String source, String actor) {
        if (find(bank, row.type(), row.hash()).isPresent()) {
            return;
        }
        BankEntry entry = BankEntry.fromPartner(bank, row.type(), row.hash(), row.label(), source, row.sourceRef(),
                actor, clock.instant());
        repository.add(entry);
        withFrames(entry, row.frames());
        indexed(entry, true);
        // A partner's hash is swept against what is already up like any other; an untrusted one's copies are held
        // for review and counted by the flood guard, as its matching uploads are.
        entriesAdded.fire(new BankEntryAdded(entry.id(), bank.id()));
    }

    /**
     * A reported upload was blocked on a trusted partner's word by these entries, which nobody here has reviewed: each
     * is tied to the case item the upload became (as a hold is), so that the reviewer's decision on it confirms or
     * rejects the entry, and a trusted list's false positives reach its feedback and its flag. Entries already
     * reviewed, or not blocking unreviewed, are left alone. Not counted by the flood guard: a block opens one case per
     * upload whatever the bank's trust.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void blockedUnreviewed(java.util.Collection<Long> entryIds, long caseItemId) {
        List<EntryHold> holds = entryIds.stream().distinct().sorted().map(repository::entry).flatMap(Optional::stream)
                .filter(e -> e.state() == EntryState.UNCONFIRMED && e.effect() == EntryState.Effect.BLOCK)
                .map(e -> new EntryHold(e, clock.instant(), caseItemId)).toList();
        if (!holds.isEmpty()) {
            repository.addHolds(holds);
        }
    }

    /**
     * Every active, confirmed entry of a bank as a list to share, in any {@link ListFormat}. A survivor's hash or a
     * partner's entry no reviewer has confirmed is not shared: the portal does not vouch for it.
     */
    @Transactional
    public void export(long bankId, ListFormat format, java.util.function.Consumer<String> line, String actor) {
        if (format == ListFormat.RECOURSE_CSV || format == ListFormat.RECOURSE_JSON_LINES) {
            export(bankId, format == ListFormat.RECOURSE_JSON_LINES, line, actor);
            return;
        }
        HashBank bank = bank(bankId).orElseThrow(() -> new IllegalArgumentException("No bank " + bankId));
        List<ThreatExchangeFile.Listed> entries = repository.confirmedActive(bankId)
                .map(e -> new ThreatExchangeFile.Listed(e.hashType(), listed(e), e.label(), e.sourceRef(), null))
                .toList();
        BankFormats.write(format, entries, line);
        audit.record(actor, "bank.exported", "bank:" + bankId, bank.name() + " (" + format + ")");
    }

    /**
     * Every active, confirmed entry of a bank as a file to share: CSV or JSON lines. A survivor's hash no reviewer has
     * confirmed is not shared: anyone could have sent it.
     */
    @Transactional
    public void export(long bankId, boolean jsonLines, java.util.function.Consumer<String> line, String actor) {
        HashBank bank = bank(bankId).orElseThrow(() -> new IllegalArgumentException("No bank " + bankId));
        if (!jsonLines) {
            line.accept(BankFile.CSV_HEADER);
        }
        repository.confirmedActive(bankId).forEach(e -> line.accept(jsonLines
                        ? BankFile.jsonLine(e.hashType(), listed(e), e.label(), e.source())
                        : BankFile.csvLine(e.hashType(), listed(e), e.label(), e.source())));
        audit.record(actor, "bank.exported", "bank:" + bankId, bank.name() + (jsonLines ? " (JSON lines)" : " (CSV)"));
    }

    /**
     * One video entry of a bank in the vPDQ reference's hash file (a file is one video), for the reference's own tools.
     *
     * @return false if the bank has no such video entry
     */
    @Transactional
    public boolean exportVideo(long bankId, long entryId, java.util.function.Consumer<String> line, String actor) {
        Optional<BankEntry> entry = repository.entry(entryId).filter(e -> e.bank().id().longValue() == bankId)
                .filter(e -> e.hashType().isVideo());
        Optional<BankEntryVideo> video = entry.flatMap(e -> repository.video(e.id()));
        if (video.isEmpty()) {
            return false;
        }
        video.get().frames().lines().forEach(line);
        audit.record(actor, "bank.exported", "bank-entry:" + entryId, entry.get().bank().name()
                + " (vPDQ reference text)");
        return true;
    }

    /** An entry's value as lists write it: a video as python-threatexchange's signal string of its frames. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String listed(BankEntry entry) {
        return entry.hashType().isVideo()
                ? repository.video(entry.id()).map(v -> VpdqEntries.signal(v.frames())).orElse(entry.hashValue())
                : entry.hashValue();
    }

    @Transactional
    public Optional<BankEntry> entry(long id) {
        return repository.entry(id);
    }
}

package org.recourse.screening.banks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recourse.audit.AuditLog;
import org.recourse.intake.Reference;
import org.recourse.platform.ratelimit.SubmissionLimits;
import org.recourse.platform.ratelimit.Submitter;
import org.recourse.platform.ratelimit.TooManySubmissionsException;

/**
 * A survivor blocks a picture of themselves without sending it: the hashes their own browser computed go to the bank
 * of survivor-submitted hashes, unconfirmed (a match is held for review, never blocked, until a reviewer confirms
 * it), and they get a reference number to follow it like any report. Nothing else is kept: not the picture, not who
 * sent it. A hash staff rejected or disabled stays so: sending it again is set aside for a supervisor to look at.
 */
@ApplicationScoped
public class HashSubmissions {

    /**
     * One submission as its sender may learn it: its reference, when it came, what it does now and since when
     * ({@code settledAt}: when a reviewer confirmed it or staff stopped using it; null while it holds or waits).
     */
    public record Submission(Reference reference, Instant receivedAt, SurvivorProtection protection,
            Instant settledAt) {
    }

    /** A submission of a hash staff had set aside, waiting for a supervisor; by number, never by reference. */
    public record SetAside(long id, String submission, Instant receivedAt, long entryId, HashType type,
            EntryState state, boolean entryActive) {
    }

    @Inject
    SubmissionRepository repository;

    @Inject
    BankRepository entries;

    @Inject
    HashBanks banks;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    SubmissionLimits limits;

    /**
     * Stores the hashes (PDQ may be null when the picture's quality was too low to trust) under a new reference,
     * after counting the submission against the same per-client limit as reports.
     *
     * @throws TooManySubmissionsException if the client has sent its limit for now (nothing is stored)
     * @throws IllegalArgumentException if the SHA-256 or PDQ is not a hash
     */
    @Transactional
    public Submission submit(String sha256, String pdq, Submitter submitter) {
        return submit(sha256, pdq, null, submitter);
    }

    /**
     * As {@link #submit(String, String, Submitter)}, for a video: its frame fingerprints as the survivor's browser
     * computed them (the vPDQ reference's text, at most {@link #MAX_VIDEO_FRAMES} lines, each checked) become one
     * unconfirmed video entry beside the file's SHA-256. A browser's decoder is not FFmpeg: its frames are a few bits
     * from the reference's, well inside the matcher's distance.
     *
     * @throws IllegalArgumentException if a hash is not one, or the frames are not valid (nothing is stored)
     */
    @Transactional
    public Submission submit(String sha256, String pdq, String vpdq, Submitter submitter) {
        String frames = vpdq == null || vpdq.isBlank() ? null : survivorFrames(vpdq);
        limits.count(submitter).orRefuse();
        String exact = HashType.SHA256.canonical(sha256).orElseThrow(() -> new IllegalArgumentException("sha256"));
        String perceptual = pdq == null || pdq.isBlank() ? null
                : HashType.PDQ.canonical(pdq).orElseThrow(() -> new IllegalArgumentException("pdq"));
        HashSubmission submission = new HashSubmission(Reference.generate(), clock.instant());
        repository.add(submission);
        HashBank bank = banks.bankFor(BankPurpose.SURVIVOR_SUBMITTED);
        List<SubmittedHash> carried = new ArrayList<>();
        carried.add(carry(submission, bank, HashType.SHA256, exact, null));
        if (perceptual != null) {
            carried.add(carry(submission, bank, HashType.PDQ, perceptual, null));
        }
        if (frames != null) {
            carried.add(carry(submission, bank, HashType.VPDQ, VpdqEntries.key(frames), frames));
        }
        return describe(submission, carried);
    }

    /** A new hash becomes an unconfirmed entry; a known one is left exactly as it is, and set aside if staff had. */
    private SubmittedHash carry(HashSubmission submission, HashBank bank, HashType type, String canonical,
            String frames) {
        Optional<BankEntry> existing = banks.find(bank, type, canonical);
        SubmittedHash carried = existing
                .map(entry -> new SubmittedHash(submission, entry, SubmittedHash.arrivalAt(entry)))
                .orElseGet(() -> new SubmittedHash(submission, banks.addSubmitted(bank, type, canonical, frames, submission),
                        SubmittedHash.Arrival.NEW));
        repository.add(carried);
        if (carried.arrival() == SubmittedHash.Arrival.SET_ASIDE) {
            audit.record("survivor", "bank.entry.resubmitted", "bank-entry:" + carried.entry().id(), "submission "
                    + submission.number() + " sent a hash staff had " + (carried.entry().isActive() ? "rejected"
                    : "disabled") + "; it stays so until a supervisor looks at it");
        }
        return carried;
    }

    /** The most frames a survivor's page may send: an hour at one frame a second. */
    public static final int MAX_VIDEO_FRAMES = 3_600;

    /** A survivor's frames, checked line by line as any outside input, in the text stored. */
    static String survivorFrames(String vpdq) {
        if (vpdq.length() > MAX_VIDEO_FRAMES * 128) {
            throw new IllegalArgumentException("vpdq: longer than " + MAX_VIDEO_FRAMES + " frames can be");
        }
        return VpdqEntries.frames(org.recourse.matching.video.VpdqText.read(new java.io.StringReader(vpdq),
                MAX_VIDEO_FRAMES));
    }

    @Transactional
    public Optional<Submission> find(Reference reference) {
        return repository.find(reference).map(submission -> describe(submission, repository.carried(submission)));
    }

    private static Submission describe(HashSubmission submission, List<SubmittedHash> carried) {
        List<BankEntry> entries = carried.stream().map(SubmittedHash::entry).toList();
        SurvivorProtection protection;
        if (entries.stream().anyMatch(e -> e.isActive() && e.state().awaitsReview())) {
            protection = SurvivorProtection.HOLDING;
        } else if (entries.stream().anyMatch(e -> e.effect() == EntryState.Effect.BLOCK)) {
            protection = SurvivorProtection.BLOCKING;
        } else if (entries.isEmpty() || carried.stream().anyMatch(SubmittedHash::awaitsSupervisor)) {
            protection = SurvivorProtection.AWAITING_CHECK;
        } else {
            protection = SurvivorProtection.NOT_IN_USE;
        }
        Instant settledAt = switch (protection) {
            case BLOCKING -> latest(entries.stream().filter(e -> e.effect() == EntryState.Effect.BLOCK)
                    .map(BankEntry::reviewedAt).toList(), submission.receivedAt());
            case NOT_IN_USE -> latest(entries.stream().map(e -> e.isActive() ? e.reviewedAt() : e.disabledAt())
                    .toList(), submission.receivedAt());
            case HOLDING, AWAITING_CHECK -> null;
        };
        return new Submission(submission.reference(), submission.receivedAt(), protection, settledAt);
    }

    /** The latest of these times, but never before the submission (a hash staff settled earlier settles it now). */
    private static Instant latest(List<Instant> times, Instant received) {
        return times.stream().filter(Objects::nonNull).max(Comparator.naturalOrder())
                .filter(t -> t.isAfter(received)).orElse(received);
    }

    /** Submissions of hashes staff had set aside that no supervisor has looked at yet, the oldest first. */
    @Transactional
    public List<SetAside> setAside(int max) {
        return repository.setAside(max).stream()
                .map(h -> new SetAside(h.id(), h.submission().number(), h.submission().receivedAt(), h.entry().id(),
                        h.entry().hashType(), h.entry().state(), h.entry().isActive()))
                .toList();
    }

    /**
     * A supervisor looks at a set-aside submission: {@code reopen} puts the entry back in review (enabled, and
     * unconfirmed if it was rejected, so matches are held again); otherwise it stays as staff set it. Audited.
     * Returns false if the submission no longer waits (another supervisor was quicker).
     */
    @Transactional
    public boolean handle(long submittedHashId, boolean reopen, String supervisor) {
        Optional<SubmittedHash> found = repository.lockCarried(submittedHashId).filter(SubmittedHash::awaitsSupervisor);
        if (found.isEmpty()) {
            return false;
        }
        SubmittedHash carried = found.get();
        BankEntry entry = carried.entry();
        entries.lock(entry);
        Instant now = clock.instant();
        if (reopen) {
            boolean screened = entry.screens();
            if (entry.state() == EntryState.REJECTED) {
                entry.reopen(supervisor, now);
            }
            entry.enable();
            banks.indexedIfChanged(entry, screened);
        }
        carried.handle(reopen ? SubmittedHash.Handling.REOPENED : SubmittedHash.Handling.KEPT, supervisor, now);
        audit.record(supervisor, reopen ? "bank.entry.reopened" : "bank.entry.kept", "bank-entry:" + entry.id(),
                "after submission " + carried.submission().number());
        return true;
    }
}

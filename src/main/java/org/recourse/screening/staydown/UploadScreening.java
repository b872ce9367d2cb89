package org.recourse.screening.staydown;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseNumbers;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.Category;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRegistry;
import org.recourse.content.ContentRepository;
import org.recourse.content.Registration;
import org.recourse.content.UploaderContext;
import org.recourse.content.Visibility;
import org.recourse.intake.IntakeService;
import org.recourse.intake.LocationInput;
import org.recourse.intake.Receipt;
import org.recourse.intake.ReportSubmission;
import org.recourse.intake.SystemNote;
import org.recourse.matching.hash.ImageDecoder;
import org.recourse.matching.hash.ImageHashes;
import org.recourse.matching.hash.PdqHash;
import org.recourse.matching.video.VpdqVideo;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.ratelimit.Submitter;
import org.recourse.screening.ScreeningStatements;
import org.recourse.screening.banks.BankEntry;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.EntryHold;
import org.recourse.screening.banks.EntryState;
import org.recourse.screening.banks.HashBanks;
import org.recourse.screening.banks.HashType;
import org.recourse.screening.bans.UploaderBans;
import org.recourse.screening.policy.PolicyDecision;

/**
 * Screens an upload before the platform publishes it: BLOCK if it matches a confirmed bank entry or its uploader is
 * banned, HOLD if it matches content hidden pending review or a survivor's hash no reviewer has confirmed yet, else
 * ALLOW. A HOLD or BLOCK of an upload the platform named (id and address) is itself reported: the new item is
 * registered hidden and joins the open case of the pending original (or of an earlier upload the same survivor's
 * hash held), or opens a case of its own, noting what it matched; so an attempt to upload banked content reaches the
 * queue. A quarantined survivor's hash ({@link FloodGuard}) goes on holding but opens no case.
 */
@ApplicationScoped
public class UploadScreening {

    /** The verdict, strongest first. */
    public enum Outcome {
        BLOCK, HOLD, ALLOW
    }

    /** What the platform sends: the upload's bytes or its hashes, who uploads it, and (optionally) its id and address. */
    public record Upload(String contentId, String url, String mediaType, String uploaderId, byte[] bytes,
            String sha256, String md5, PdqHash pdq, VpdqVideo video, UploaderContext uploader) {

        /** Without what the platform says of the uploader's account. */
        public Upload(String contentId, String url, String mediaType, String uploaderId, byte[] bytes, String sha256,
                String md5, PdqHash pdq, VpdqVideo video) {
            this(contentId, url, mediaType, uploaderId, bytes, sha256, md5, pdq, video, null);
        }

        /** The same upload with its video's frames (worked out before screening's transaction). */
        public Upload withVideo(VpdqVideo frames) {
            return new Upload(contentId, url, mediaType, uploaderId, bytes, sha256, md5, pdq, frames, uploader);
        }

        /** A picture or a file: no video frames. */
        public Upload(String contentId, String url, String mediaType, String uploaderId, byte[] bytes, String sha256,
                String md5, PdqHash pdq) {
            this(contentId, url, mediaType, uploaderId, bytes, sha256, md5, pdq, null);
        }
    }

    /**
     * One thing the upload matched. For a bank entry: the entry, the case whose removal banked it
     * ({@code caseNumber}) or the survivor's submission number ({@code submission}, never their reference); for
     * content pending review: its case.
     */
    public record Match(Outcome outcome, MatchSource source, BankPurpose purpose, HashType hashType, int distance,
            String caseNumber, String submission) {

        static Match of(BankEntry entry, Outcome outcome, HashType type, int distance) {
            return new Match(outcome, new MatchSource.Entry(entry.id(), entry.bank().name()), entry.bank().purpose(),
                    type, distance, entry.originalCase(), entry.submissionNumber());
        }

        /** The bank entry it matched, or null for content pending review. */
        public Long entryId() {
            return source instanceof MatchSource.Entry entry ? entry.entryId() : null;
        }

        /** What the case item notes as the original: the case, or the survivor's submission number. */
        String origin() {
            return caseNumber != null ? caseNumber : submission;
        }
    }

    /**
     * The answer.
     *
     * @param caseNumber the case the upload was reported on (opened or joined), if it was
     * @param reference the reference of that report
     * @param statementId the public id of the statement of reasons of a HOLD or BLOCK, for the platform to show
     */
    public record Verdict(Outcome outcome, List<Match> matches, boolean uploaderBanned, String caseNumber,
            String reference, String statementId, PolicyDecision policy) {
    }

    @Inject
    HashBanks banks;

    @Inject
    MatchIndex index;

    @Inject
    UploaderBans bans;

    @Inject
    ContentRepository content;

    @Inject
    ContentRegistry registry;

    @Inject
    CaseRepository cases;

    @Inject
    IntakeService intake;

    @Inject
    FloodGuard floodGuard;

    @Inject
    ImageDecoder decoder;

    @Inject
    VideoMatchIndex videos;

    @Inject
    Event<UploadRestricted> restricted;

    @Inject
    Event<UploadScreened> screened;

    @Inject
    ScreeningStatements statements;

    /**
     * The verdict on an upload, and its report if it is held or blocked.
     *
     * @throws org.recourse.matching.hash.ImageRefusedException when the bytes are a picture over the decoding limits,
     *         in a refused format, or damaged (nothing is stored)
     * @throws org.recourse.matching.hash.DecoderBusyException when the node's decoding memory stays taken
     */
    @Transactional
    public Verdict screen(Upload upload) {
        return screen(upload, null);
    }

    /**
     * The same, with the upload policy's decision (made before, on the upload's context): the stricter outcome wins.
     * A policy hold on an upload the banks allow is a HOLD, reported and stated like any other; REQUIRE_VERIFICATION
     * restricts nothing here (the platform asks its user to verify), so it leaves the verdict as the banks give it.
     */
    @Transactional
    public Verdict screen(Upload upload, PolicyDecision policy) {
        // A video's bytes are no picture: their exact hashes, and its frames (worked out before the transaction).
        ImageHashes hashes = upload.bytes() == null ? given(upload) : upload.video() != null
                ? new ImageHashes(ContentItem.sha256Of(upload.bytes()),
                        org.recourse.matching.hash.Md5.of(upload.bytes()).toHex(), Optional.empty(), List.of(), 0)
                : ImageHashes.of(upload.bytes(), decoder);
        List<Match> matches = new ArrayList<>();
        Map<Long, BankEntry> holding = new LinkedHashMap<>();
        exact(HashType.SHA256, hashes.sha256(), matches, holding);
        exact(HashType.MD5, hashes.md5(), matches, holding);
        java.util.OptionalInt nearestMiss = hashes.variants().isEmpty() ? java.util.OptionalInt.empty()
                : near(hashes.variants(), matches, holding);
        if (upload.video() != null) {
            video(upload.video(), matches, holding);
        }
        boolean banned = bans.active(upload.uploaderId()).isPresent();
        matches.sort(Comparator.comparing(Match::outcome).thenComparingInt(Match::distance));
        Outcome outcome = banned || matches.stream().anyMatch(m -> m.outcome() == Outcome.BLOCK) ? Outcome.BLOCK
                : !matches.isEmpty() || policy != null && policy.holds() ? Outcome.HOLD : Outcome.ALLOW;
        screened.fire(new UploadScreened(upload.uploaderId(), upload.contentId(), outcome,
                outcome == Outcome.ALLOW ? nearestMiss : java.util.OptionalInt.empty()));
        List<EntryHold> holds = holding.isEmpty() ? List.of() : floodGuard.hold(holding.values());
        // A quarantined entry goes on holding, but a flood it holds opens no more cases.
        boolean quiet = outcome == Outcome.HOLD
                && holding.values().stream().anyMatch(e -> e.effect() == EntryState.Effect.HOLD_WITHOUT_CASE);
        if (outcome == Outcome.ALLOW) {
            return new Verdict(outcome, matches, banned, null, null, null, policy);
        }
        // Held by the policy alone: nothing matched and the uploader is not banned.
        boolean byPolicy = outcome == Outcome.HOLD && matches.isEmpty() && !banned;
        if (quiet || upload.contentId() == null || upload.url() == null) {
            // Not reported, yet restricted all the same: its statement names it by what the platform gave.
            return new Verdict(outcome, matches, banned, null, null,
                    unreported(upload, hashes, outcome, matches, banned, byPolicy), policy);
        }
        Reported reported = report(upload, hashes, outcome, matches, banned, holding.keySet(),
                byPolicy ? policy : null);
        holds.forEach(hold -> hold.reportedAs(reported.caseItemId()));
        // A trusted partner's entries that blocked it unreviewed are settled by the decision on this report too.
        banks.blockedUnreviewed(matches.stream().filter(m -> m.outcome() == Outcome.BLOCK).map(Match::entryId)
                .filter(java.util.Objects::nonNull).toList(), reported.caseItemId());
        return reported.verdict();
    }

    /** The statement of an upload held or blocked without a report: by its reference, else the hash that names it. */
    private String unreported(Upload upload, ImageHashes hashes, Outcome outcome, List<Match> matches,
            boolean banned, boolean byPolicy) {
        String[] named = hashes.sha256() != null ? new String[] {"sha256", hashes.sha256()}
                : hashes.md5() != null ? new String[] {"md5", hashes.md5()}
                : hashes.pdqHex() != null ? new String[] {"pdq", hashes.pdqHex()}
                : new String[] {"vpdq", ContentItem.sha256Of(org.recourse.matching.video.VpdqText.write(upload.video())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))};
        Optional<Match> survivor = matches.stream().filter(m -> m.outcome() == Outcome.HOLD && m.entryId() != null)
                .findFirst();
        Match shown = survivor.filter(m -> outcome == Outcome.HOLD).or(() -> matches.stream().findFirst())
                .orElse(null);
        return statements.unreportedUpload(new ScreeningStatements.UnreportedUpload(upload.contentId(), named[0],
                named[1], outcome == Outcome.BLOCK, category(outcome, shown, survivor),
                shown == null ? null : shown.purpose(), banned, byPolicy));
    }

    /**
     * What a held or blocked upload is restricted as: for a hold, the survivor's hash it matched; for a block, the
     * bank's kind; for an upload held only by content pending review, "other harmful"; for one blocked only because
     * its uploader is banned, the most severe category (the ban's own category is not known here).
     */
    private static Category category(Outcome outcome, Match shown, Optional<Match> survivor) {
        if (outcome == Outcome.HOLD) {
            return survivor.map(m -> m.purpose().category()).orElse(Category.OTHER_HARMFUL);
        }
        return shown != null && shown.purpose() != null ? shown.purpose().category() : Category.CHILD_SEXUAL_IMAGERY;
    }

    private static ImageHashes given(Upload upload) {
        List<PdqHash> variants = upload.pdq() == null ? List.of() : List.of(upload.pdq());
        return new ImageHashes(lower(upload.sha256()), lower(upload.md5()),
                variants.isEmpty() ? Optional.empty() : Optional.of(variants.get(0)), variants, 100);
    }

    private static String lower(String hex) {
        return hex == null ? null : hex.toLowerCase(Locale.ROOT);
    }

    private void exact(HashType type, String value, List<Match> matches, Map<Long, BankEntry> holding) {
        if (value == null) {
            return;
        }
        List<BankEntry> entries = banks.activeExact(type, value);
        if (entries.stream().anyMatch(e -> e.bank().purpose() == BankPurpose.SUPPRESSION)) {
            return;
        }
        entries.forEach(e -> entryMatch(e, type, 0, matches, holding));
        if (type == HashType.SHA256) {
            content.hiddenPendingReviewBySha256(value, 5).forEach(item -> matches.add(pending(item, type, 0)));
        }
    }

    /** A match with a bank entry: it blocks once confirmed, and holds while awaiting review. */
    private static void entryMatch(BankEntry entry, HashType type, int distance, List<Match> matches,
            Map<Long, BankEntry> holding) {
        switch (entry.effect()) {
            case BLOCK -> matches.add(Match.of(entry, Outcome.BLOCK, type, distance));
            case HOLD, HOLD_WITHOUT_CASE -> {
                matches.add(Match.of(entry, Outcome.HOLD, type, distance));
                holding.putIfAbsent(entry.id(), entry);
            }
            case NONE -> { /* disabled or rejected: the index may not have caught up yet */ }
        }
    }

    /** Adds the near matches; answers the distance of the nearest hash just outside the threshold, if any. */
    private java.util.OptionalInt near(List<PdqHash> variants, List<Match> matches, Map<Long, BankEntry> holding) {
        MatchIndex.Lookup lookup = index.lookUp(variants);
        List<MatchIndex.Hit> hits = lookup.matches();
        List<Match> found = new ArrayList<>();
        Map<Long, BankEntry> held = new LinkedHashMap<>();
        for (MatchIndex.Hit hit : hits) {
            if (hit.ref().source() == ScreeningChanges.Source.BANK) {
                Optional<BankEntry> entry = banks.entry(hit.ref().sourceId()).filter(BankEntry::screens);
                if (entry.isPresent() && entry.get().bank().purpose() == BankPurpose.SUPPRESSION) {
                    return java.util.OptionalInt.empty(); // a known false positive: no perceptual match counts
                }
                entry.ifPresent(e -> entryMatch(e, HashType.PDQ, hit.distance(), found, held));
            } else {
                content.find(hit.ref().sourceId())
                        .filter(item -> item.visibility() == Visibility.HIDDEN_PENDING_REVIEW)
                        .ifPresent(item -> found.add(pending(item, HashType.PDQ, hit.distance())));
            }
        }
        matches.addAll(found);
        held.forEach(holding::putIfAbsent);
        return lookup.nearestMiss();
    }

    /**
     * The banked videos the upload's frames match (BLOCK or HOLD by the entry), and the videos hidden pending review
     * (HOLD), as the vPDQ matcher decides; the match's "distance" is the share of
     * the upload's frames that matched, in percent. A suppression-list video cancels the upload's video matches.
     */
    private void video(VpdqVideo video, List<Match> matches, Map<Long, BankEntry> holding) {
        List<Match> found = new ArrayList<>();
        Map<Long, BankEntry> held = new LinkedHashMap<>();
        for (VideoMatchIndex.Hit hit : videos.matches(video)) {
            int percent = (int) Math.floor(hit.match().queryPercent().orElse(0));
            if (hit.pending()) {
                content.find(hit.sourceId()).filter(item -> item.visibility() == Visibility.HIDDEN_PENDING_REVIEW)
                        .ifPresent(item -> found.add(pending(item, HashType.VPDQ, percent)));
                continue;
            }
            Optional<BankEntry> entry = banks.entry(hit.sourceId()).filter(BankEntry::screens);
            if (entry.isPresent() && entry.get().bank().purpose() == BankPurpose.SUPPRESSION) {
                return;
            }
            entry.ifPresent(e -> entryMatch(e, HashType.VPDQ, percent, found, held));
        }
        matches.addAll(found);
        held.forEach(holding::putIfAbsent);
    }

    private Match pending(ContentItem item, HashType type, int distance) {
        String caseNumber = cases.openItemsForContent(List.of(item.id())).stream().findFirst()
                .map(i -> CaseNumbers.format(i.caseFile().id())).orElse(null);
        return new Match(Outcome.HOLD, new MatchSource.PendingItem(item.platformContentId()), null, type, distance,
                caseNumber, null);
    }

    /** A reported upload: the verdict to answer, and the case item the upload became. */
    private record Reported(Verdict verdict, long caseItemId) {
    }

    /**
     * Registers the upload hidden and reports it: joining the pending original's case (or that of an earlier upload
     * the same survivor's hash held), or on a case of its own.
     */
    private Reported report(Upload upload, ImageHashes hashes, Outcome outcome, List<Match> matches, boolean banned,
            Collection<Long> holdingEntries, PolicyDecision heldByPolicy) {
        Optional<ContentItem> known = content.findByPlatformId(upload.contentId());
        // What the platform says of the uploader is kept only for an upload that is reported (held or blocked).
        known.ifPresent(item -> registry.recordUploader(item, upload.uploader()));
        ContentItem item = known.orElseGet(() -> {
            registry.register(new Registration(upload.contentId(), upload.url(),
                    upload.mediaType() == null ? "application/octet-stream" : upload.mediaType(), upload.uploaderId(),
                    hashes.sha256(), upload.bytes(), hashes.md5(), hashes.pdqHex(), null, upload.uploader()),
                    upload.video());
            return content.findByPlatformId(upload.contentId()).orElseThrow();
        });
        Optional<Match> survivor = matches.stream().filter(m -> m.outcome() == Outcome.HOLD && m.entryId() != null)
                .findFirst();
        // The strongest match, but for a hold the survivor's hash: deciding this item settles that hash.
        Match shown = survivor.filter(m -> outcome == Outcome.HOLD).or(() -> matches.stream().findFirst())
                .orElse(null);
        List<LocationInput> locations = new ArrayList<>();
        locations.add(LocationInput.contentId(item.platformContentId()));
        Category category;
        boolean selfReport = false;
        if (outcome == Outcome.HOLD) {
            // Naming the pending original too (or the upload the same hash held before) makes the report join its case.
            matches.stream().map(Match::source).filter(MatchSource.PendingItem.class::isInstance)
                    .map(source -> ((MatchSource.PendingItem) source).contentId()).findFirst()
                    .or(() -> floodGuard.pendingUploadHeldBy(holdingEntries))
                    .filter(original -> !original.equals(item.platformContentId()))
                    .ifPresent(original -> locations.add(LocationInput.contentId(original)));
            category = survivor.map(m -> m.purpose().category()).orElse(Category.OTHER_HARMFUL);
            selfReport = survivor.map(m -> m.purpose().selfReported()).orElse(false);
        } else if (shown != null && shown.purpose() != null) {
            category = shown.purpose().category();
            selfReport = shown.purpose().selfReported();
        } else {
            category = Category.CHILD_SEXUAL_IMAGERY;
        }
        Receipt receipt = intake.file(new ReportSubmission(locations, category.code(), selfReport,
                heldByPolicy != null ? PolicyHolds.details(heldByPolicy) : details(outcome, shown, banned), null, false,
                Locale.ENGLISH).withNote(heldByPolicy != null ? PolicyHolds.note(heldByPolicy)
                        : note(outcome, shown, banned)),
                Submitter.Internal.STAY_DOWN_SCREENING);
        CaseItem onCase = cases.openItemsForContent(List.of(item.id())).stream().findFirst().orElseThrow();
        if (shown != null) {
            onCase.recordMatch(shown.source().text(), shown.distance(), shown.origin());
        } else if (heldByPolicy == null) {
            onCase.recordMatch("banned uploader", 0, null);
        }
        restricted.fire(new UploadRestricted(item.id(), onCase.caseFile().id(), outcome,
                shown == null ? null : shown.purpose(), banned, heldByPolicy != null));
        return new Reported(new Verdict(outcome, matches, banned, CaseNumbers.format(onCase.caseFile().id()),
                receipt.reference().display(), statements.currentForContent(item.platformContentId()).orElse(null),
                heldByPolicy), onCase.id());
    }

    /**
     * The same facts as {@link #details}, for each reviewer's language. A built-in bank (its name as the migration
     * gave it) is named in the reader's words; a partner's bank by its own name; the original's case or submission is
     * on the case item's match, so it is left out here.
     */
    static SystemNote note(Outcome outcome, Match shown, boolean banned) {
        if (shown == null) {
            return SystemNote.of("report.system.staydown.banned");
        }
        String suffix = banned ? ".banned" : "";
        if (shown.source() instanceof MatchSource.PendingItem pending) {
            return SystemNote.of("report.system.staydown.pending" + suffix, pending.contentId(),
                    shown.hashType().code(), shown.distance());
        }
        String bank = shown.source().text();
        if (shown.purpose() != null) {
            String key = "staff.banks.purpose." + shown.purpose().name();
            if (Messages.in(Locale.ENGLISH).get(key).equals(bank)) {
                bank = SystemNote.message(key);
            }
        }
        return SystemNote.of("report.system.staydown." + outcome.name() + suffix, bank, shown.hashType().code(),
                shown.distance());
    }

    /** The system report's words: what was matched, by number (a case or a submission), never a reference. */
    private static String details(Outcome outcome, Match shown, boolean banned) {
        if (shown == null) {
            return "Upload refused by stay-down screening: the uploader is banned.";
        }
        String origin = shown.caseNumber() != null ? ", case " + shown.caseNumber()
                : shown.submission() != null ? ", survivor's submission " + shown.submission() : "";
        return "Upload " + outcome.name().toLowerCase(Locale.ROOT) + " by stay-down screening: it matches "
                + shown.source().text() + " (" + shown.hashType().code() + ", distance " + shown.distance() + origin
                + ")"
                + (banned ? "; the uploader is banned" : "") + ".";
    }
}

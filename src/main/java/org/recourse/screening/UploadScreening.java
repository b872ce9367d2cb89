package org.recourse.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.recourse.cases.CaseItem;
import org.recourse.cases.CaseRepository;
import org.recourse.cases.Category;
import org.recourse.content.ContentItem;
import org.recourse.content.ContentRegistry;
import org.recourse.content.ContentRepository;
import org.recourse.content.Registration;
import org.recourse.intake.IntakeService;
import org.recourse.intake.LocationInput;
import org.recourse.intake.Receipt;
import org.recourse.intake.ReportSubmission;
import org.recourse.screening.hash.ImageDecoder;
import org.recourse.screening.hash.ImageHashes;
import org.recourse.screening.hash.PdqHash;
import org.recourse.triage.CaseNumbers;

/**
 * Screens an upload before the platform publishes it: BLOCK if it matches a bank or its uploader is banned, HOLD if
 * it matches content hidden pending review, else ALLOW. A HOLD or BLOCK of an upload the platform named (id and
 * address) is itself reported: the new item is registered hidden and joins the original's open case (HOLD) or opens
 * a case of its own (BLOCK), noting what it matched; so an attempt to upload banked content reaches the queue.
 */
@ApplicationScoped
public class UploadScreening {

    /** The verdict, strongest first. */
    public enum Outcome {
        BLOCK, HOLD, ALLOW
    }

    /** What the platform sends: the upload's bytes or its hashes, who uploads it, and (optionally) its id and address. */
    public record Upload(String contentId, String url, String mediaType, String uploaderId, byte[] bytes,
            String sha256, String md5, String pdq) {
    }

    /** One thing the upload matched. */
    public record Match(Outcome outcome, String source, BankPurpose purpose, HashType hashType, int distance,
            String caseNumber) {
    }

    /**
     * The answer.
     *
     * @param caseNumber the case the upload was reported on (opened or joined), if it was
     * @param reference the reference of that report
     */
    public record Verdict(Outcome outcome, List<Match> matches, boolean uploaderBanned, String caseNumber,
            String reference) {
    }

    @PersistenceContext
    EntityManager em;

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
    ImageDecoder decoder;

    /**
     * The verdict on an upload, and its report if it is held or blocked.
     *
     * @throws org.recourse.screening.hash.ImageRefusedException when the bytes are a picture over the decoding limits
     *         (nothing is stored)
     * @throws org.recourse.screening.hash.DecoderBusyException when the node's decoding memory stays taken
     */
    @Transactional
    public Verdict screen(Upload upload) {
        ImageHashes hashes = upload.bytes() != null ? ImageHashes.of(upload.bytes(), decoder) : given(upload);
        List<Match> matches = new ArrayList<>();
        exact(HashType.SHA256, hashes.sha256(), matches);
        exact(HashType.MD5, hashes.md5(), matches);
        if (!hashes.variants().isEmpty()) {
            near(hashes.variants(), matches);
        }
        boolean banned = bans.active(upload.uploaderId()).isPresent();
        matches.sort(Comparator.comparing(Match::outcome).thenComparingInt(Match::distance));
        Outcome outcome = banned || matches.stream().anyMatch(m -> m.outcome() == Outcome.BLOCK) ? Outcome.BLOCK
                : matches.isEmpty() ? Outcome.ALLOW : Outcome.HOLD;
        if (outcome == Outcome.ALLOW || upload.contentId() == null || upload.url() == null) {
            return new Verdict(outcome, matches, banned, null, null);
        }
        return report(upload, hashes, outcome, matches, banned);
    }

    private static ImageHashes given(Upload upload) {
        List<PdqHash> variants = upload.pdq() == null ? List.of() : List.of(PdqHash.fromHex(upload.pdq()));
        return new ImageHashes(lower(upload.sha256()), lower(upload.md5()),
                variants.isEmpty() ? Optional.empty() : Optional.of(variants.get(0)), variants, 100);
    }

    private static String lower(String hex) {
        return hex == null ? null : hex.toLowerCase(Locale.ROOT);
    }

    private void exact(HashType type, String value, List<Match> matches) {
        if (value == null) {
            return;
        }
        List<BankEntry> entries = banks.activeExact(type, value);
        if (entries.stream().anyMatch(e -> e.bank().purpose() == BankPurpose.SUPPRESSION)) {
            return;
        }
        entries.forEach(e -> matches.add(new Match(Outcome.BLOCK, e.bank().name(), e.bank().purpose(), type, 0,
                e.caseReference())));
        if (type == HashType.SHA256) {
            em.createQuery("select c from ContentItem c where c.sha256 = :h and c.visibility = :hidden",
                            ContentItem.class)
                    .setParameter("h", value).setParameter("hidden", org.recourse.content.Visibility.HIDDEN_PENDING_REVIEW)
                    .setMaxResults(5).getResultList()
                    .forEach(item -> matches.add(pending(item, type, 0)));
        }
    }

    private void near(List<PdqHash> variants, List<Match> matches) {
        List<MatchIndex.Hit> hits = index.near(variants);
        List<Match> found = new ArrayList<>();
        for (MatchIndex.Hit hit : hits) {
            if (hit.ref().source() == ScreeningChanges.Source.BANK) {
                Optional<BankEntry> entry = banks.entry(hit.ref().sourceId()).filter(BankEntry::isActive);
                if (entry.isPresent() && entry.get().bank().purpose() == BankPurpose.SUPPRESSION) {
                    return; // a known false positive: no perceptual match of this upload counts
                }
                entry.ifPresent(e -> found.add(new Match(Outcome.BLOCK, e.bank().name(), e.bank().purpose(),
                        HashType.PDQ, hit.distance(), e.caseReference())));
            } else {
                ContentItem item = em.find(ContentItem.class, hit.ref().sourceId());
                if (item != null && item.visibility() == org.recourse.content.Visibility.HIDDEN_PENDING_REVIEW) {
                    found.add(pending(item, HashType.PDQ, hit.distance()));
                }
            }
        }
        matches.addAll(found);
    }

    private Match pending(ContentItem item, HashType type, int distance) {
        String caseNumber = cases.openItemsForContent(List.of(item.id())).stream().findFirst()
                .map(i -> CaseNumbers.format(i.caseFile().id())).orElse(null);
        return new Match(Outcome.HOLD, "pending review:" + item.platformContentId(), null, type, distance, caseNumber);
    }

    /** Registers the upload hidden and reports it: joining the pending original's case, or on a case of its own. */
    private Verdict report(Upload upload, ImageHashes hashes, Outcome outcome, List<Match> matches, boolean banned) {
        ContentItem item = content.findByPlatformId(upload.contentId()).orElseGet(() -> {
            registry.register(new Registration(upload.contentId(), upload.url(),
                    upload.mediaType() == null ? "application/octet-stream" : upload.mediaType(), upload.uploaderId(),
                    hashes.sha256(), upload.bytes(), hashes.md5(), hashes.pdqHex()));
            return content.findByPlatformId(upload.contentId()).orElseThrow();
        });
        Match strongest = matches.isEmpty() ? null : matches.get(0);
        List<LocationInput> locations = new ArrayList<>();
        locations.add(LocationInput.contentId(item.platformContentId()));
        Category category;
        boolean selfReport = false;
        if (outcome == Outcome.HOLD && strongest != null) {
            // Naming the pending original too makes the report join its open case.
            locations.add(LocationInput.contentId(strongest.source().substring("pending review:".length())));
            category = Category.OTHER_HARMFUL;
        } else if (strongest != null && strongest.purpose() != null) {
            category = strongest.purpose().category();
            selfReport = strongest.purpose().selfReported();
        } else {
            category = Category.CHILD_SEXUAL_IMAGERY;
        }
        String details = strongest == null ? "Upload refused by stay-down screening: the uploader is banned."
                : "Upload " + outcome.name().toLowerCase(Locale.ROOT) + " by stay-down screening: it matches "
                        + strongest.source() + " (" + strongest.hashType().code() + ", distance " + strongest.distance()
                        + (strongest.caseNumber() == null ? "" : ", case " + strongest.caseNumber()) + ")"
                        + (banned ? "; the uploader is banned" : "") + ".";
        Receipt receipt = intake.file(new ReportSubmission(locations, category.code(), selfReport, details, null, false,
                Locale.ENGLISH));
        CaseItem onCase = cases.openItemsForContent(List.of(item.id())).stream().findFirst().orElseThrow();
        if (strongest != null) {
            onCase.recordMatch(strongest.source(), strongest.distance(), strongest.caseNumber());
        } else {
            onCase.recordMatch("banned uploader", 0, null);
        }
        return new Verdict(outcome, matches, banned, CaseNumbers.format(onCase.caseFile().id()),
                receipt.reference().display());
    }
}

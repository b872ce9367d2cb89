package org.recourse.screening.sweep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.recourse.content.ContentItem;
import org.recourse.screening.banks.BankEntry;
import org.recourse.screening.banks.BankPurpose;
import org.recourse.screening.banks.HashBanks;
import org.recourse.screening.banks.HashType;
import org.recourse.screening.staydown.MatchIndex;
import org.recourse.screening.staydown.ScreeningChanges;

/**
 * Finds the registered content still shown that a batch of bank entries matches: a PDQ entry through the
 * {@link ContentIndex} (within the threshold of the hash or of one of its rotations and mirrors), SHA-256 and MD5 by one
 * indexed query per kind for the whole batch. A copy that the suppression list clears (its SHA-256 is there, or, for
 * a perceptual match, its PDQ is near a listed hash) is left alone, as screening an upload would.
 */
@ApplicationScoped
public class CopyFinder {

    /** A copy found: the item, the entry that found it, and how (PDQ and its distance, or exact with distance 0). */
    public record Found(BankEntry entry, ContentItem item, HashType hashType, int distance) {

        public Found {
            Objects.requireNonNull(entry, "An entry is required.");
            Objects.requireNonNull(item, "An item is required.");
        }
    }

    @Inject
    ContentIndex index;

    @Inject
    SweepRepository repository;

    @Inject
    HashBanks banks;

    @Inject
    MatchIndex bankIndex;

    @Inject
    ContentVideoIndex videos;

    /** Every copy these entries find, once per entry and item, in the order of the entries. */
    public List<Found> find(List<BankEntry> entries) {
        Map<HashType, Map<String, List<BankEntry>>> exact = new EnumMap<>(HashType.class);
        Map<Long, List<Near>> near = new LinkedHashMap<>();
        var search = index.searcher();
        for (BankEntry entry : entries) {
            Fingerprint fingerprint = Fingerprint.of(entry).orElse(null);
            if (fingerprint instanceof Fingerprint.Pdq pdq) {
                search.apply(pdq.variants()).forEach(hit -> near.computeIfAbsent(hit.itemId(), id -> new ArrayList<>())
                        .add(new Near(entry, hit.distance(), HashType.PDQ)));
            } else if (fingerprint instanceof Fingerprint.Video video) {
                banks.video(video.entryId()).ifPresent(frames -> videos.matches(frames.video()).forEach(hit ->
                        near.computeIfAbsent(hit.videoId(), id -> new ArrayList<>()).add(new Near(entry,
                                (int) Math.floor(hit.match().queryPercent().orElse(0)), HashType.VPDQ))));
            } else if (fingerprint instanceof Fingerprint.Exact digest) {
                exact.computeIfAbsent(digest.type(), t -> new HashMap<>())
                        .computeIfAbsent(digest.hex(), h -> new ArrayList<>()).add(entry);
            }
        }
        List<Found> found = new ArrayList<>();
        exact.forEach((type, byValue) -> repository.servedWithExact(type, byValue.keySet()).forEach(item -> {
            String value = type == HashType.SHA256 ? item.sha256() : item.md5();
            if (!suppressedExactly(item)) {
                byValue.getOrDefault(value, List.of()).forEach(entry -> found.add(new Found(entry, item, type, 0)));
            }
        }));
        repository.items(near.keySet()).stream()
                .filter(item -> item.visibility().isServed() && !suppressedExactly(item) && !suppressedNear(item))
                .forEach(item -> near.get(item.id()).forEach(n -> found.add(new Found(n.entry(), item, n.type(),
                        n.distance()))));
        return found;
    }

    /** A near copy: by PDQ (distance in bits) or a video (distance: the share of the banked video's frames, %). */
    private record Near(BankEntry entry, int distance, HashType type) {
    }

    private boolean suppressedExactly(ContentItem item) {
        return item.sha256() != null && banks.activeExact(HashType.SHA256, item.sha256()).stream()
                .anyMatch(e -> e.bank().purpose() == BankPurpose.SUPPRESSION);
    }

    private boolean suppressedNear(ContentItem item) {
        return item.pdq() != null && bankIndex.near(List.of(item.pdq())).stream()
                .filter(hit -> hit.ref().source() == ScreeningChanges.Source.BANK)
                .anyMatch(hit -> banks.entry(hit.ref().sourceId())
                        .filter(e -> e.bank().purpose() == BankPurpose.SUPPRESSION).isPresent());
    }
}

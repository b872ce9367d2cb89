package org.recourse.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recourse.platform.validation.FieldProblem;

/**
 * The platform's side of the content registry: registering what it hosts, and asking whether it may be shown. Every
 * answer is read from the database at the moment of asking, so no node can answer from a stale copy: once a report
 * has hidden an item, every node says so.
 */
@ApplicationScoped
public class ContentRegistry {

    /** The visibility of one item, as the API tells it. */
    public record Status(String contentId, Visibility visibility, Instant since, long sequence) {
        public boolean served() {
            return visibility.isServed();
        }
    }

    /** The outcome of a registration: the item, and whether this call created it. */
    public record Registered(Status status, boolean created) {
    }

    /** Registering an id again with different details: refused, nothing changed. */
    public static class ConflictException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConflictException(String contentId) {
            super("Content " + contentId + " is registered with other details.");
        }
    }

    /** The registration has problems; nothing was stored. */
    public static class InvalidException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<FieldProblem> problems;

        public InvalidException(List<FieldProblem> problems) {
            super(problems.size() + " problem(s)");
            this.problems = List.copyOf(problems);
        }

        public List<FieldProblem> problems() {
            return problems;
        }
    }

    /** The most ids one visibility question may name. */
    public static final int MAX_BATCH = 1000;

    @Inject
    ContentRepository repository;

    @Inject
    Clock clock;

    @Inject
    org.recourse.matching.hash.ImageDecoder decoder;

    @Inject
    jakarta.enterprise.event.Event<ContentRegistered> registered;

    @Inject
    VideoFingerprints videos;

    @Inject
    UploaderContextRepository contexts;

    /**
     * Keeps what the platform said about an item's uploader when screening an upload that is already registered
     * (a HOLD or BLOCK of an upload sent again), in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordUploader(ContentItem item, UploaderContext supplied) {
        contexts.record(item, supplied, clock.instant());
    }

    /** Registers, fingerprinting a video inside the transaction: callers that can should use the two-step form. */
    @Transactional
    public Registered register(Registration registration) {
        checked(registration);
        return register(registration, videos.of(registration).orElse(null));
    }

    /** Checks the fields, naming every problem at once, before anything costly is done with them. */
    public void checked(Registration registration) {
        List<FieldProblem> problems = registration.check();
        if (!problems.isEmpty()) {
            throw new InvalidException(problems);
        }
    }

    /**
     * Registers with the video fingerprint already worked out ({@link VideoFingerprints#of}, outside the
     * transaction), or null when the item is not a video.
     */
    @Transactional
    public Registered register(Registration registration, org.recourse.matching.video.VpdqVideo video) {
        List<FieldProblem> problems = registration.check();
        if (!problems.isEmpty()) {
            throw new InvalidException(problems);
        }
        Optional<ContentItem> existing = repository.findByPlatformId(registration.contentId());
        if (existing.isPresent()) {
            if (!registration.sameAs(existing.get())) {
                throw new ConflictException(registration.contentId());
            }
            // The same item again: what it says of the uploader is added (new events, newer signals), once.
            contexts.record(existing.get(), registration.uploader(), clock.instant());
            return new Registered(statusOf(existing.get()), false);
        }
        ContentItem item = new ContentItem(registration.contentId(), registration.url(),
                registration.mediaType().toLowerCase(Locale.ROOT), registration.effectiveSha256(),
                registration.uploaderId(), clock.instant());
        if (registration.bytes() != null && video != null) {
            // A video's bytes are no picture: its exact hashes only, without asking the picture readers.
            item.recordHashes(org.recourse.matching.hash.Md5.of(registration.bytes()).toHex(), null);
        } else if (registration.bytes() != null) {
            org.recourse.matching.hash.ImageHashes hashes = hashesOf(registration.bytes());
            item.recordHashes(hashes.md5(), hashes.pdq().orElse(null));
        } else {
            item.recordHashes(lower(registration.md5()), registration.pdqHash());
        }
        repository.register(item, registration.bytes());
        contexts.record(item, registration.uploader(), clock.instant());
        if (video != null) {
            repository.registerVideo(new ContentVideo(item, video));
        }
        registered.fire(new ContentRegistered(item.id(), item.pdq()));
        return new Registered(statusOf(item), true);
    }

    /** The bytes' hashes; a picture that is not decoded (limits, format, damage) is refused as a problem with the bytes. */
    private org.recourse.matching.hash.ImageHashes hashesOf(byte[] bytes) {
        try {
            return org.recourse.matching.hash.ImageHashes.of(bytes, decoder);
        } catch (org.recourse.matching.hash.ImageRefusedException refused) {
            throw new InvalidException(List.of(new FieldProblem("bytes", refused.messageKey(), refused.arguments())));
        }
    }

    /**
     * One statement reading the committed row: within a caller's transaction it joins it, else it runs without one
     * (a transaction around a single read only added its begin, enlistment and commit to every look-up).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Status> status(String contentId) {
        return repository.status(contentId);
    }

    /** The statuses of the ids that are registered, in the order asked; unknown ids are left out. */
    @Transactional
    public Map<String, Status> statuses(Collection<String> contentIds) {
        Map<String, Status> found = new LinkedHashMap<>();
        if (contentIds.isEmpty()) {
            return found;
        }
        Map<String, Status> byId = new java.util.HashMap<>();
        repository.statuses(contentIds).forEach(status -> byId.put(status.contentId(), status));
        contentIds.forEach(id -> {
            if (byId.containsKey(id)) {
                found.put(id, byId.get(id));
            }
        });
        return found;
    }

    private static String lower(String hex) {
        return hex == null ? null : hex.toLowerCase(Locale.ROOT);
    }

    private static Status statusOf(ContentItem item) {
        return new Status(item.platformContentId(), item.visibility(), item.visibilitySince(),
                item.visibilitySequence());
    }
}

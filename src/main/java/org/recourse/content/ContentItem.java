package org.recourse.content;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import org.recourse.matching.hash.PdqHash;
import org.recourse.platform.domain.IllegalTransitionException;

/**
 * An item the platform hosts, known by the platform's own content id. Its {@link Visibility} is what the media
 * endpoint and the platform obey; it changes only through the verbs below.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

    /** Platform content ids: letters, digits and {@code . _ : -}, at most 200 characters. */
    public static final Pattern PLATFORM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "platform_content_id", nullable = false, unique = true, length = 200)
    private String platformContentId;

    @Column(nullable = false, length = 2048)
    private String url;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(length = 64)
    private String sha256;

    @Column(name = "uploader_id", length = 200)
    private String uploaderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Visibility visibility;

    @Column(name = "visibility_since", nullable = false)
    private Instant visibilitySince;

    @Column(name = "first_seen", nullable = false)
    private Instant firstSeen;

    /** The perceptual hash, for stay-down matching: from the bytes at registration, or as the platform gave it. */
    @Column(length = 64)
    @Convert(converter = PdqHashConverter.class)
    private PdqHash pdq;

    @Column(length = 32)
    private String md5;

    /** How many times the visibility changed: events carry it so a platform can ignore one that arrives late. */
    @Column(name = "visibility_sequence", nullable = false)
    private long visibilitySequence;

    protected ContentItem() {
        // for JPA
    }

    public ContentItem(String platformContentId, String url, String mediaType, String sha256, String uploaderId,
            Instant firstSeen) {
        Objects.requireNonNull(platformContentId, "A platform content id is required.");
        if (!PLATFORM_ID.matcher(platformContentId).matches()) {
            throw new IllegalArgumentException("Not a platform content id: " + platformContentId);
        }
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("A SHA-256 is 64 lowercase hex digits.");
        }
        this.platformContentId = platformContentId;
        this.url = Objects.requireNonNull(url, "A URL is required.");
        this.mediaType = Objects.requireNonNull(mediaType, "A media type is required.");
        this.sha256 = sha256;
        this.uploaderId = uploaderId;
        this.firstSeen = Objects.requireNonNull(firstSeen, "First-seen time is required.");
        this.visibility = Visibility.VISIBLE;
        this.visibilitySince = firstSeen;
    }

    /** The SHA-256 of some bytes, as stored here. */
    public static String sha256Of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /**
     * Hides the item until review. Content already hidden or removed stays as it is.
     *
     * @return whether this call hid it
     */
    public boolean hideForReview(Instant now) {
        if (!visibility.isServed()) {
            return false;
        }
        moveTo(Visibility.HIDDEN_PENDING_REVIEW, now);
        return true;
    }

    /** A confirmed decision: removed for good (only an appeal can restore it). */
    public void remove(Instant now) {
        if (visibility != Visibility.REMOVED) {
            moveTo(Visibility.REMOVED, now);
        }
    }

    /** No violation found, or an appeal upheld: the platform may show it again. */
    public void restore(Instant now) {
        if (visibility != Visibility.RESTORED && visibility != Visibility.VISIBLE) {
            moveTo(Visibility.RESTORED, now);
        }
    }

    void moveTo(Visibility target, Instant now) {
        if (!visibility.canMoveTo(target)) {
            throw new IllegalTransitionException("content item", visibility, target);
        }
        visibility = target;
        visibilitySince = now;
        visibilitySequence++;
    }

    public Long id() {
        return id;
    }

    public String platformContentId() {
        return platformContentId;
    }

    public String url() {
        return url;
    }

    public String mediaType() {
        return mediaType;
    }

    public String sha256() {
        return sha256;
    }

    public String uploaderId() {
        return uploaderId;
    }

    public Visibility visibility() {
        return visibility;
    }

    public Instant visibilitySince() {
        return visibilitySince;
    }

    public Instant firstSeen() {
        return firstSeen;
    }

    /** Keeps the item's MD5 and PDQ hashes (either may be null: a video has no PDQ). */
    public void recordHashes(String md5, PdqHash pdq) {
        this.md5 = md5;
        this.pdq = pdq;
    }

    public PdqHash pdq() {
        return pdq;
    }

    public String md5() {
        return md5;
    }

    public long visibilitySequence() {
        return visibilitySequence;
    }

    /** The change that was just made, for those who must be told of it (the platform's webhooks). */
    public VisibilityChanged lastChange() {
        return new VisibilityChanged(id, platformContentId, visibility, visibilitySince, visibilitySequence);
    }
}

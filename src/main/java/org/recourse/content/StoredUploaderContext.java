package org.recourse.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The account signals a platform gave about one item's uploader, kept apart from the item ({@code uploader_context}):
 * personal data, deleted by {@link UploaderContextRetention} unless the item was removed. The IP capture events are
 * rows of their own ({@link StoredIpEvent}).
 */
@Entity
@Table(name = "uploader_context")
public class StoredUploaderContext {

    @Id
    @Column(name = "content_item_id")
    private Long contentItemId;

    @Column(name = "screen_name", length = 200)
    private String screenName;

    @Column(length = 254)
    private String email;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    /** When the platform first gave it: the retention clock starts here. */
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StoredUploaderContext() {
        // for JPA
    }

    StoredUploaderContext(ContentItem item, Instant now) {
        this.contentItemId = Objects.requireNonNull(item.id(), "Store the item before its context.");
        this.receivedAt = Objects.requireNonNull(now, "A time is required.");
        this.updatedAt = now;
    }

    /**
     * Takes what the platform says now: each signal it gives replaces the one kept, a signal it leaves out keeps the
     * one it gave before. Returns whether anything changed (the same request twice changes nothing).
     */
    boolean take(UploaderContext supplied, Instant now) {
        boolean changed = false;
        if (supplied.screenName() != null && !supplied.screenName().equals(screenName)) {
            screenName = supplied.screenName();
            changed = true;
        }
        if (supplied.email() != null && !supplied.email().equals(email)) {
            email = supplied.email();
            changed = true;
        }
        if (supplied.uploadedAt() != null && !supplied.uploadedAt().equals(uploadedAt)) {
            uploadedAt = supplied.uploadedAt();
            changed = true;
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    void touched(Instant now) {
        updatedAt = now;
    }

    public long contentItemId() {
        return contentItemId;
    }

    public String screenName() {
        return screenName;
    }

    public String email() {
        return email;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}

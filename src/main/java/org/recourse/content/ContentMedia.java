package org.recourse.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** The bytes of an item, kept apart from {@link ContentItem} so that the registry's rows stay small. */
@Entity
@Table(name = "content_media")
public class ContentMedia {

    @Id
    @Column(name = "content_id")
    private Long contentId;

    @Column(nullable = false)
    private byte[] bytes;

    protected ContentMedia() {
        // for JPA
    }

    public ContentMedia(ContentItem item, byte[] bytes) {
        this.contentId = Objects.requireNonNull(item.id(), "Store the item before its bytes.");
        this.bytes = Objects.requireNonNull(bytes, "Bytes are required.").clone();
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}

package org.recourse.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.recourse.matching.video.VpdqText;
import org.recourse.matching.video.VpdqVideo;

/**
 * A registered video's fingerprint: its vPDQ frames (one PDQ hash a second), kept apart from {@link ContentItem} as
 * the reference's text, so that the registry's rows stay small and the frames are read only by what matches them.
 */
@Entity
@Table(name = "content_video")
public class ContentVideo {

    @Id
    @Column(name = "content_item_id")
    private Long contentItemId;

    @Column(name = "frame_count", nullable = false)
    private int frameCount;

    @Column(nullable = false)
    private String vpdq;

    protected ContentVideo() {
        // for JPA
    }

    public ContentVideo(ContentItem item, VpdqVideo video) {
        this.contentItemId = Objects.requireNonNull(item.id(), "Store the item before its frames.");
        this.frameCount = video.size();
        this.vpdq = VpdqText.write(video);
    }

    public long contentItemId() {
        return contentItemId;
    }

    public int frameCount() {
        return frameCount;
    }

    /** The frames, read again from the stored text (written here, so always readable). */
    public VpdqVideo video() {
        return VpdqText.read(vpdq);
    }
}

package org.recourse.screening.banks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import org.recourse.matching.video.VpdqText;
import org.recourse.matching.video.VpdqVideo;

/**
 * The frames of a bank entry that is a video ({@link HashType#VPDQ}), in the vPDQ reference's text, kept apart from
 * {@link BankEntry} so that browsing and exact look-ups never read them.
 */
@Entity
@Table(name = "bank_entry_video")
public class BankEntryVideo {

    @Id
    @Column(name = "bank_entry_id")
    private Long bankEntryId;

    @Column(name = "frame_count", nullable = false)
    private int frameCount;

    @Column(nullable = false)
    private String vpdq;

    protected BankEntryVideo() {
        // for JPA
    }

    BankEntryVideo(BankEntry entry, String frames) {
        this.bankEntryId = Objects.requireNonNull(entry.id(), "Store the entry before its frames.");
        if (!entry.hashType().isVideo() || !entry.hashValue().equals(VpdqEntries.key(frames))) {
            throw new IllegalArgumentException("These frames are not the entry's video.");
        }
        this.vpdq = frames;
        this.frameCount = (int) frames.lines().count();
    }

    public long bankEntryId() {
        return bankEntryId;
    }

    public int frameCount() {
        return frameCount;
    }

    /** The frames as stored. */
    public String frames() {
        return vpdq;
    }

    public VpdqVideo video() {
        return VpdqText.read(new java.io.StringReader(vpdq), VpdqEntries.MAX_FRAMES);
    }
}

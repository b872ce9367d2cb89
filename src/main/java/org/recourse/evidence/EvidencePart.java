package org.recourse.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One encrypted part of a record (its manifest, its metadata JSON, or one file): AES-256-GCM under the record's data
 * key, with its own random nonce and the record id and part name bound in as associated data. Never changed: rotation
 * re-wraps the data key, not the parts.
 */
@Entity
@Table(name = "evidence_part")
public class EvidencePart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "part_index", nullable = false)
    private int index;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "plain_size", nullable = false)
    private long plainSize;

    @Column(nullable = false)
    private byte[] nonce;

    @Column(nullable = false)
    private byte[] ciphertext;

    protected EvidencePart() {
        // for JPA
    }

    public EvidencePart(long recordId, int index, String name, String mediaType, long plainSize, byte[] nonce,
            byte[] ciphertext) {
        this.recordId = recordId;
        this.index = index;
        this.name = Objects.requireNonNull(name, "A part needs a name.");
        this.mediaType = Objects.requireNonNull(mediaType, "A part needs a media type.");
        this.plainSize = plainSize;
        this.nonce = Objects.requireNonNull(nonce, "A part needs its nonce.").clone();
        this.ciphertext = Objects.requireNonNull(ciphertext, "A part needs its ciphertext.");
    }

    public long recordId() {
        return recordId;
    }

    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    public long plainSize() {
        return plainSize;
    }

    public byte[] nonce() {
        return nonce.clone();
    }

    /** The ciphertext with its tag, as stored (not copied: parts are large and never changed). */
    byte[] ciphertext() {
        return ciphertext;
    }
}

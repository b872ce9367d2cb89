package org.recourse.screening.sweep;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.recourse.content.PdqHashConverter;
import org.recourse.matching.hash.PdqHash;

/** One row of the log every node's {@link ContentIndex} follows: a registered item's fingerprint joined or left. */
@Entity
@Table(name = "content_change")
public class ContentChange {

    /** Whether the fingerprint joins the index or leaves it. */
    public enum Operation {
        ADD, REMOVE
    }

    /** The kind of fingerprint (a video's frames will be a second). */
    public enum Kind {
        PDQ
    }

    /** One logged change, as the index applies it. */
    public record Applied(long id, boolean add, long itemId, PdqHash pdq) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Operation operation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Kind kind;

    @Column(name = "content_item_id", nullable = false)
    private long itemId;

    @Column(name = "hash_value", nullable = false, length = 64)
    @Convert(converter = PdqHashConverter.class)
    private PdqHash pdq;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ContentChange() {
        // for JPA
    }

    ContentChange(Operation operation, long itemId, PdqHash pdq, Instant changedAt) {
        this.operation = Objects.requireNonNull(operation, "An operation is required.");
        this.kind = Kind.PDQ;
        this.itemId = itemId;
        this.pdq = Objects.requireNonNull(pdq, "A PDQ hash is required.");
        this.changedAt = Objects.requireNonNull(changedAt, "A time is required.");
    }

    Applied applied() {
        return new Applied(id, operation == Operation.ADD, itemId, pdq);
    }
}

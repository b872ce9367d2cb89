package org.recourse.screening.staydown;

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

/** One row of the log that every node's {@link MatchIndex} follows: a PDQ hash that started or stopped matching. */
@Entity
@Table(name = "screening_change")
public class ScreeningChange {

    /** Whether the hash joins the index or leaves it. */
    public enum Operation {
        ADD, REMOVE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Operation operation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ScreeningChanges.Source source;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "hash_value", nullable = false, length = 64)
    @Convert(converter = PdqHashConverter.class)
    private PdqHash pdq;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected ScreeningChange() {
        // for JPA
    }

    ScreeningChange(Operation operation, ScreeningChanges.Source source, long sourceId, PdqHash pdq,
            Instant changedAt) {
        this.operation = Objects.requireNonNull(operation, "An operation is required.");
        this.source = Objects.requireNonNull(source, "A source is required.");
        this.sourceId = sourceId;
        this.pdq = Objects.requireNonNull(pdq, "A PDQ hash is required.");
        this.changedAt = Objects.requireNonNull(changedAt, "A time is required.");
    }

    /** The change as the index applies it. */
    ScreeningChanges.Change toChange() {
        return new ScreeningChanges.Change(id, operation == Operation.ADD, source, sourceId, pdq);
    }
}

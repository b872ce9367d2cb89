package org.recourse.screening.staydown;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One row of the log the nodes' video indexes follow: a banked or registered video that joins or leaves them. */
@Entity
@Table(name = "video_change")
public class VideoChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ScreeningChange.Operation operation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private VideoChanges.Source source;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected VideoChange() {
        // for JPA
    }

    VideoChange(ScreeningChange.Operation operation, VideoChanges.Source source, long sourceId, Instant changedAt) {
        this.operation = Objects.requireNonNull(operation, "An operation is required.");
        this.source = Objects.requireNonNull(source, "A source is required.");
        this.sourceId = sourceId;
        this.changedAt = Objects.requireNonNull(changedAt, "A time is required.");
    }

    VideoChanges.Change toChange() {
        return new VideoChanges.Change(id, operation == ScreeningChange.Operation.ADD, source, sourceId);
    }
}

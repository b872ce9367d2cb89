package org.recourse.context;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Whether an uploader's behaviour score is over the threshold: flagged at a crossing (counted, so the platform is told
 * once per crossing) and cleared when the score falls back below it. Made by {@link ContextRepository#flagOf} when
 * an uploader is first weighed.
 */
@Entity
@Table(name = "uploader_flag")
public class UploaderFlag {

    @Id
    @Column(name = "uploader_id", length = 200)
    private String uploaderId;

    @Column(nullable = false)
    private boolean flagged;

    @Column(nullable = false)
    private int score;

    @Column(name = "flagged_at")
    private Instant flaggedAt;

    @Column(name = "cleared_at")
    private Instant clearedAt;

    @Column(nullable = false)
    private int crossings;

    protected UploaderFlag() {
        // for JPA
    }

    /**
     * Weighs a new score under the policy.
     *
     * @return whether this is a crossing (the uploader was not flagged and now is)
     */
    boolean weigh(int newScore, BehaviourPolicy policy, Instant now) {
        BehaviourPolicy.Move move = policy.move(flagged, newScore);
        score = newScore;
        switch (move) {
            case FLAG -> {
                flagged = true;
                flaggedAt = now;
                crossings++;
            }
            case CLEAR -> {
                flagged = false;
                clearedAt = now;
            }
            case STAY -> { /* the score is kept, the state is not changed */ }
        }
        return move == BehaviourPolicy.Move.FLAG;
    }

    public String uploaderId() {
        return uploaderId;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public int score() {
        return score;
    }

    public Instant flaggedAt() {
        return flaggedAt;
    }

    public int crossings() {
        return crossings;
    }
}

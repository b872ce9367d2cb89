package org.recourse.screening.banks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.recourse.intake.Reference;

/**
 * One time a survivor sent the hashes of a picture, under a reference only they hold. The reference stays in this
 * row: staff, the platform, cases, mails and the audit log know the submission by its number ({@code S-000042}).
 */
@Entity
@Table(name = "hash_submission")
public class HashSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 16)
    private String reference;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected HashSubmission() {
        // for JPA
    }

    HashSubmission(Reference reference, Instant receivedAt) {
        this.reference = Objects.requireNonNull(reference, "A reference is required.").compact();
        this.receivedAt = Objects.requireNonNull(receivedAt, "A time is required.");
    }

    /** The number staff and the platform may see, {@code S-000042}: it says nothing of the reference. */
    public static String number(long id) {
        return String.format(Locale.ROOT, "S-%06d", id);
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number(id);
    }

    public Reference reference() {
        return Reference.parse(reference);
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}

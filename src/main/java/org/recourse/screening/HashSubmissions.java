package org.recourse.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.recourse.intake.Reference;
import org.recourse.platform.ratelimit.SubmissionLimits;
import org.recourse.platform.ratelimit.Submitter;
import org.recourse.platform.ratelimit.TooManySubmissionsException;

/**
 * A survivor blocks a picture of themselves without sending it: the hashes their own browser computed go to the bank
 * of survivor-submitted hashes, and they get a reference number to follow it like any report. Nothing else is kept:
 * not the picture, not who sent it.
 */
@ApplicationScoped
public class HashSubmissions {

    /** One submission: its reference and when it came. */
    public record Submission(Reference reference, Instant receivedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    HashBanks banks;

    @Inject
    Clock clock;

    @Inject
    SubmissionLimits limits;

    /**
     * Stores the hashes (PDQ may be null when the picture's quality was too low to trust) under a new reference,
     * after counting the submission against the same per-client limit as reports.
     *
     * @throws TooManySubmissionsException if the client has sent its limit for now (nothing is stored)
     * @throws IllegalArgumentException if the SHA-256 or PDQ is not a hash
     */
    @Transactional
    public Submission submit(String sha256, String pdq, Submitter submitter) {
        limits.count(submitter).orRefuse();
        String exact = HashType.SHA256.canonical(sha256).orElseThrow(() -> new IllegalArgumentException("sha256"));
        String perceptual = pdq == null || pdq.isBlank() ? null
                : HashType.PDQ.canonical(pdq).orElseThrow(() -> new IllegalArgumentException("pdq"));
        Reference reference = Reference.generate();
        Instant now = clock.instant();
        em.createNativeQuery("insert into hash_submission (reference, received_at) values (?1, ?2)")
                .setParameter(1, reference.compact()).setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        HashBank bank = banks.bankFor(BankPurpose.SURVIVOR_SUBMITTED);
        banks.add(bank, HashType.SHA256, exact, null, "submitted by a survivor", reference.compact(), "survivor");
        if (perceptual != null) {
            banks.add(bank, HashType.PDQ, perceptual, null, "submitted by a survivor", reference.compact(), "survivor");
        }
        return new Submission(reference, now);
    }

    @Transactional
    public Optional<Submission> find(Reference reference) {
        return ((java.util.List<?>) em.createNativeQuery(
                        "select received_at from hash_submission where reference = ?1")
                .setParameter(1, reference.compact()).getResultList()).stream().findFirst()
                .map(value -> new Submission(reference, value instanceof OffsetDateTime odt ? odt.toInstant()
                        : ((java.sql.Timestamp) value).toInstant()));
    }
}

package org.recourse.dsa;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.recourse.cases.Category;

/**
 * One version of a statement of reasons as the submission needs it: codes, the platform's own grounds from settings,
 * times. It carries no reporter and no uploader: what could identify one travels apart, as {@link Withheld}, only so
 * the personal-data check can look for it.
 *
 * @param statementId  the statement's database id (turned into the puid, never sent)
 * @param version      its version (a changed decision is a new statement of reasons for the database)
 * @param policyGround the platform's policy clause as in force when issued (settings, written by the platform)
 * @param legalGround  the legal ground, for content illegal as such (settings), else empty
 * @param mediaType    the item's media type, empty for an account decision
 * @param contentSeen  when the content was uploaded or first seen
 */
public record StatementFacts(long statementId, int version, Restriction restriction, Category category,
        Detection detection, String policyGround, Optional<String> legalGround, boolean automatedDetection,
        Automation automatedDecision, Optional<String> mediaType, Instant contentSeen, Instant issuedAt) {

    /** What was restricted and how (the statements' own list). */
    public enum Restriction {
        HIDDEN_PENDING_REVIEW, REMOVED, RESTORED, UPLOADER_BANNED, UPLOAD_HELD, UPLOAD_BLOCKED, BAN_LIFTED;

        /**
         * A restoration or a lifted ban ends a restriction: the database takes statements of restrictions only (DSA
         * art. 17(1), 24(5)) and has no field that ends one it holds, so neither is sent.
         */
        public boolean restricts() {
            return this != RESTORED && this != BAN_LIFTED;
        }
    }

    /** How the content was found. */
    public enum Detection {
        REPORT, SURVIVOR_SELF_REPORT, HASH_MATCH, SCREENING_RULE, PHRASE_MATCH, CLASSIFIER, STAFF_DECISION;

        /** A match against a bank, a screening rule or the phrase lists found it, not a person. */
        public boolean automated() {
            return this == HASH_MATCH || this == SCREENING_RULE || this == PHRASE_MATCH || this == CLASSIFIER;
        }
    }

    /** How far the decision was automated (the database's three values). */
    public enum Automation { FULLY, PARTIALLY, NOT_AUTOMATED }

    public StatementFacts {
        Objects.requireNonNull(restriction, "What was restricted is required.");
        Objects.requireNonNull(category, "The category is required.");
        Objects.requireNonNull(detection, "How it was found is required.");
        Objects.requireNonNull(policyGround, "The policy ground is required.");
        Objects.requireNonNull(legalGround, "The legal ground may be empty, not null.");
        Objects.requireNonNull(automatedDecision, "How automated the decision was is required.");
        Objects.requireNonNull(mediaType, "The media type may be empty, not null.");
        Objects.requireNonNull(contentSeen, "When the content was seen is required.");
        Objects.requireNonNull(issuedAt, "When it was issued is required.");
        if (version < 1) {
            throw new IllegalArgumentException("Versions are counted from 1.");
        }
    }

    public boolean illegal() {
        return legalGround.isPresent();
    }
}

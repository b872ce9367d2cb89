package org.recourse.dsa;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.recourse.dsa.DsaVocabulary.Account;
import org.recourse.dsa.DsaVocabulary.AutomatedDecision;
import org.recourse.dsa.DsaVocabulary.Category;
import org.recourse.dsa.DsaVocabulary.ContentType;
import org.recourse.dsa.DsaVocabulary.Ground;
import org.recourse.dsa.DsaVocabulary.Keyword;
import org.recourse.dsa.DsaVocabulary.SourceType;
import org.recourse.dsa.DsaVocabulary.Visibility;
import org.recourse.dsa.StatementFacts.Restriction;

/**
 * A statement of reasons in the database's terms, field by field (docs/legal.md has the table). Every switch is
 * exhaustive, so a new category, restriction or detection does not compile until it is mapped.
 *
 * @param territorialScope where the restrictions apply (EU/EEA codes)
 * @param termsUrl         the platform's published terms, sent as {@code decision_ground_reference_url} if set
 */
public record DsaMapping(Puid puid, List<String> territorialScope, Optional<String> termsUrl) {

    /** The database refuses earlier content dates. */
    static final LocalDate EARLIEST_CONTENT = LocalDate.of(2000, 1, 1);

    public DsaMapping {
        Objects.requireNonNull(puid, "The puid maker is required.");
        territorialScope = List.copyOf(territorialScope);
        if (territorialScope.isEmpty() || !DsaVocabulary.EEA.containsAll(territorialScope)) {
            throw new IllegalArgumentException("The territorial scope must be EU/EEA country codes, not "
                    + territorialScope);
        }
        Objects.requireNonNull(termsUrl, "The terms address may be empty, not null.");
    }

    /** The statement to submit; empty for a restoration, which restricts nothing. */
    public Optional<DsaStatement> map(StatementFacts facts) {
        if (!facts.restriction().restricts()) {
            return Optional.empty();
        }
        boolean illegal = facts.illegal();
        LocalDate seen = LocalDate.ofInstant(facts.contentSeen(), ZoneOffset.UTC);
        return Optional.of(new DsaStatement(visibility(facts.restriction()), account(facts.restriction()),
                illegal ? Ground.DECISION_GROUND_ILLEGAL_CONTENT : Ground.DECISION_GROUND_INCOMPATIBLE_CONTENT,
                illegal ? facts.legalGround().orElseThrow() : facts.policyGround(),
                FactSentences.why(facts.category()), termsUrl, category(facts.category()),
                keywords(facts.category()), List.of(contentType(facts.mediaType())), territorialScope,
                seen.isBefore(EARLIEST_CONTENT) ? EARLIEST_CONTENT : seen,
                LocalDate.ofInstant(facts.issuedAt(), ZoneOffset.UTC), facts(facts),
                sourceType(facts.detection()), facts.automatedDetection(), automation(facts.automatedDecision()),
                puid.of(facts.statementId(), facts.version())));
    }

    /** Every text the mapping itself writes: the fixed sentences and the grounds from settings. */
    public static List<String> ownSentences() {
        return FactSentences.all();
    }

    static List<Visibility> visibility(Restriction restriction) {
        return switch (restriction) {
            case HIDDEN_PENDING_REVIEW, UPLOAD_HELD -> List.of(Visibility.DECISION_VISIBILITY_CONTENT_DISABLED);
            case REMOVED, UPLOAD_BLOCKED -> List.of(Visibility.DECISION_VISIBILITY_CONTENT_REMOVED);
            case UPLOADER_BANNED, RESTORED, BAN_LIFTED -> List.of();
        };
    }

    /**
     * A ban has no end date: it holds until a supervisor lifts it (by hand or on appeal), so it is a termination of
     * the account, not a suspension (which the database reads as temporary, with {@code end_date_account_restriction}).
     * Recourse gives no temporary ban; one would map to {@link Account#DECISION_ACCOUNT_SUSPENDED} with its end date.
     */
    static Optional<Account> account(Restriction restriction) {
        return restriction == Restriction.UPLOADER_BANNED ? Optional.of(Account.DECISION_ACCOUNT_TERMINATED)
                : Optional.empty();
    }

    static Category category(org.recourse.cases.Category category) {
        return switch (category) {
            case CHILD_SEXUAL_IMAGERY, SURVIVOR_CHILDHOOD_IMAGE -> Category.STATEMENT_CATEGORY_PROTECTION_OF_MINORS;
            case SURVIVOR_ADULT_IMAGE, NON_CONSENSUAL_INTIMATE_IMAGE, SURVIVOR_HARASSMENT ->
                    Category.STATEMENT_CATEGORY_CYBER_VIOLENCE;
            case SURVIVOR_PERSONAL_INFORMATION -> Category.STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS;
            case OTHER_HARMFUL -> Category.STATEMENT_CATEGORY_OTHER_VIOLATION_TC;
        };
    }

    static List<Keyword> keywords(org.recourse.cases.Category category) {
        return switch (category) {
            case CHILD_SEXUAL_IMAGERY, SURVIVOR_CHILDHOOD_IMAGE -> List.of(Keyword.KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL);
            case SURVIVOR_ADULT_IMAGE, NON_CONSENSUAL_INTIMATE_IMAGE ->
                    List.of(Keyword.KEYWORD_NON_CONSENSUAL_IMAGE_SHARING);
            case SURVIVOR_HARASSMENT -> List.of(Keyword.KEYWORD_CYBER_HARASSMENT);
            case SURVIVOR_PERSONAL_INFORMATION, OTHER_HARMFUL -> List.of();
        };
    }

    static ContentType contentType(Optional<String> mediaType) {
        String type = mediaType.map(value -> value.toLowerCase(Locale.ROOT)).orElse("");
        if (type.startsWith("image/")) {
            return ContentType.CONTENT_TYPE_IMAGE;
        } else if (type.startsWith("video/")) {
            return ContentType.CONTENT_TYPE_VIDEO;
        } else if (type.startsWith("audio/")) {
            return ContentType.CONTENT_TYPE_AUDIO;
        } else if (type.startsWith("text/")) {
            return ContentType.CONTENT_TYPE_TEXT;
        }
        return ContentType.CONTENT_TYPE_OTHER;
    }

    static SourceType sourceType(StatementFacts.Detection detection) {
        return switch (detection) {
            case REPORT, SURVIVOR_SELF_REPORT -> SourceType.SOURCE_ARTICLE_16;
            case HASH_MATCH, SCREENING_RULE, PHRASE_MATCH, CLASSIFIER, STAFF_DECISION -> SourceType.SOURCE_VOLUNTARY;
        };
    }

    static AutomatedDecision automation(StatementFacts.Automation automation) {
        return switch (automation) {
            case FULLY -> AutomatedDecision.AUTOMATED_DECISION_FULLY;
            case PARTIALLY -> AutomatedDecision.AUTOMATED_DECISION_PARTIALLY;
            case NOT_AUTOMATED -> AutomatedDecision.AUTOMATED_DECISION_NOT_AUTOMATED;
        };
    }

    private static String facts(StatementFacts facts) {
        List<String> sentences = new ArrayList<>();
        sentences.add(FactSentences.found(facts.detection()));
        sentences.add(FactSentences.done(facts.restriction()));
        return String.join(" ", sentences);
    }
}

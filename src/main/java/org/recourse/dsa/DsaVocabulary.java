package org.recourse.dsa;

import java.util.List;

/**
 * The database's limited values that Recourse uses, as the keys its API takes (docs/dsa-research.md §3). One file, so a
 * change of the Commission's taxonomy is one edit; the test receiver keeps its own copy, so a typo here fails a test.
 */
public final class DsaVocabulary {

    /** What happened to the item's visibility ({@code decision_visibility}, sent as an array). */
    public enum Visibility { DECISION_VISIBILITY_CONTENT_REMOVED, DECISION_VISIBILITY_CONTENT_DISABLED }

    /** What happened to the uploader's account ({@code decision_account}). */
    public enum Account { DECISION_ACCOUNT_SUSPENDED, DECISION_ACCOUNT_TERMINATED }

    /** {@code decision_ground}. */
    public enum Ground { DECISION_GROUND_ILLEGAL_CONTENT, DECISION_GROUND_INCOMPATIBLE_CONTENT }

    /** {@code category} (the 2025 list of the published page). */
    public enum Category {
        STATEMENT_CATEGORY_PROTECTION_OF_MINORS,
        STATEMENT_CATEGORY_CYBER_VIOLENCE,
        STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS,
        STATEMENT_CATEGORY_OTHER_VIOLATION_TC
    }

    /** {@code category_specification} keywords. */
    public enum Keyword {
        KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL,
        KEYWORD_NON_CONSENSUAL_IMAGE_SHARING,
        KEYWORD_CYBER_HARASSMENT,
        KEYWORD_OTHER
    }

    /** {@code content_type} (sent as an array). */
    public enum ContentType { CONTENT_TYPE_IMAGE, CONTENT_TYPE_VIDEO, CONTENT_TYPE_AUDIO, CONTENT_TYPE_TEXT,
        CONTENT_TYPE_OTHER }

    /** {@code source_type}. */
    public enum SourceType { SOURCE_ARTICLE_16, SOURCE_VOLUNTARY }

    /** {@code automated_decision}. */
    public enum AutomatedDecision { AUTOMATED_DECISION_FULLY, AUTOMATED_DECISION_PARTIALLY,
        AUTOMATED_DECISION_NOT_AUTOMATED }

    /** The EU and EEA countries {@code territorial_scope} accepts (Greece is GR there, not EL). */
    public static final List<String> EEA = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI",
            "SK");

    private DsaVocabulary() {
    }
}

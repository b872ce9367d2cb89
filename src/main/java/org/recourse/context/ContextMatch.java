package org.recourse.context;

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
import org.recourse.matching.text.RuleMatch;

/**
 * A phrase rule matched a text around an item. What is kept is what a reviewer needs and no more: the kind of text,
 * the rule (id, list, label), the few words it matched (at most {@value #MAX_WORDS} characters) and the text's
 * SHA-256; never the text. Which case it raised or opened, and how, is set once it has.
 */
@Entity
@Table(name = "context_match")
public class ContextMatch {

    /** The longest excerpt kept: the matched words, never the sentence around them. */
    public static final int MAX_WORDS = 100;

    /** What the match did to a case. */
    public enum CaseAction { NONE, EXPEDITED, OPENED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_item_id", nullable = false)
    private long contentItemId;

    @Column(name = "uploader_id", length = 200)
    private String uploaderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "text_kind", nullable = false, length = 16)
    private TextKind textKind;

    @Column(name = "text_sha256", nullable = false, length = 64)
    private String textSha256;

    @Column(name = "rule_id", nullable = false, length = 100)
    private String ruleId;

    @Column(name = "list_name", nullable = false, length = 100)
    private String listName;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "matched_words", nullable = false, length = MAX_WORDS)
    private String matchedWords;

    @Column(name = "abuse_associated", nullable = false)
    private boolean abuseAssociated;

    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_action", nullable = false, length = 16)
    private CaseAction caseAction;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected ContextMatch() {
        // for JPA
    }

    ContextMatch(long contentItemId, String uploaderId, ContextText text, RuleMatch match, boolean abuseAssociated,
            Instant now) {
        this.contentItemId = contentItemId;
        this.uploaderId = uploaderId;
        this.textKind = text.kind();
        this.textSha256 = text.sha256();
        this.ruleId = match.ruleId();
        this.listName = match.list();
        this.label = match.label();
        this.matchedWords = excerpt(match.matchedText());
        this.abuseAssociated = abuseAssociated;
        this.caseAction = CaseAction.NONE;
        this.receivedAt = Objects.requireNonNull(now, "A time is required.");
    }

    /** The matched words on one line, cut at {@link #MAX_WORDS} characters (a pattern may match a long stretch). */
    static String excerpt(String words) {
        String line = words.replaceAll("\\s+", " ").strip();
        if (line.length() <= MAX_WORDS) {
            return line;
        }
        int end = MAX_WORDS - 1;
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end) + "…";
    }

    /** The case this match raised or opened. */
    void acted(long caseId, CaseAction action) {
        this.caseId = caseId;
        this.caseAction = action;
    }

    public Long id() {
        return id;
    }

    public long contentItemId() {
        return contentItemId;
    }

    public String uploaderId() {
        return uploaderId;
    }

    public TextKind textKind() {
        return textKind;
    }

    public String textSha256() {
        return textSha256;
    }

    public String ruleId() {
        return ruleId;
    }

    public String listName() {
        return listName;
    }

    public String label() {
        return label;
    }

    public String matchedWords() {
        return matchedWords;
    }

    public boolean abuseAssociated() {
        return abuseAssociated;
    }

    public Long caseId() {
        return caseId;
    }

    public CaseAction caseAction() {
        return caseAction;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}

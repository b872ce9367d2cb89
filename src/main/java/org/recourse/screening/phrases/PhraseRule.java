package org.recourse.screening.phrases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.recourse.matching.text.Language;
import org.recourse.matching.text.Rule;

/** A phrase rule as admins keep it: a term or a pattern, in a named list, in a language; disabled, never deleted. */
@Entity
@Table(name = "phrase_rule")
public class PhraseRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "list_name", nullable = false, length = 100)
    private String listName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Rule.Kind kind;

    @Column(nullable = false, length = 500)
    private String expression;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected PhraseRule() {
        // for JPA
    }

    /** A rule from an admin's words; {@link #toRule()} has already checked it (and refused a dangerous pattern). */
    PhraseRule(Rule checked, String createdBy, Instant now) {
        this.listName = checked.list();
        this.kind = checked.kind();
        this.expression = checked.text();
        this.label = checked.label();
        this.language = checked.language().code();
        this.active = true;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** The rule the screener runs; its id is this row's, so a match names the row an admin can find. */
    public Rule toRule() {
        String ruleId = "rule-" + id;
        return kind == Rule.Kind.TERM
                ? Rule.term(ruleId, listName, Language.ofCode(language), label, expression)
                : Rule.pattern(ruleId, listName, Language.ofCode(language), label, expression);
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long id() {
        return id;
    }

    public String listName() {
        return listName;
    }

    public Rule.Kind kind() {
        return kind;
    }

    public String expression() {
        return expression;
    }

    public String label() {
        return label;
    }

    public String language() {
        return language;
    }

    public boolean isActive() {
        return active;
    }
}

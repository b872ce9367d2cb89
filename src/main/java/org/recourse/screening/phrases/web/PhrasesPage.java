package org.recourse.screening.phrases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.recourse.matching.text.Language;
import org.recourse.matching.text.Rule;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.web.RequestContext;
import org.recourse.screening.phrases.PhraseRule;
import org.recourse.screening.phrases.PhraseRules;

/** Backs /staff/admin/phrases: admins add terms and patterns to the phrase lists, and disable or enable them. */
@Named
@ViewScoped
public class PhrasesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestContext context;

    @Inject
    transient PhraseRules rules;

    private String kind = Rule.Kind.TERM.name();
    private String list = "custom";
    private String language = Language.ANY.code();
    private String label;
    private String expression;
    private String message;
    private String error;

    public List<PhraseRule> getRules() {
        return rules.list();
    }

    public void add() {
        Messages messages = context.messages();
        try {
            rules.add(admin(), Rule.Kind.valueOf(kind), list, Language.ofCode(language), label, expression);
            message = messages.get("staff.phrases.added");
            error = null;
            expression = null;
            label = null;
        } catch (IllegalArgumentException e) {
            // The screener's own words (InvalidRuleException) say exactly what is wrong with the term or pattern.
            error = messages.get("staff.phrases.error", e.getMessage());
        }
    }

    public void setActive(long id, boolean active) {
        rules.setActive(admin(), id, active);
    }

    private String admin() {
        return context.staffName();
    }

    public List<String> getKinds() {
        return List.of(Rule.Kind.TERM.name(), Rule.Kind.PATTERN.name());
    }

    public List<String> getLanguages() {
        return List.of(Language.ANY.code(), Language.EN.code(), Language.FR.code());
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getList() {
        return list;
    }

    public void setList(String list) {
        this.list = list;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getExpression() {
        return expression;
    }

    public void setExpression(String expression) {
        this.expression = expression;
    }

    public String getMessage() {
        return message;
    }

    public String getError() {
        return error;
    }
}

package org.recourse.statements;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.recourse.cases.Category;

/** Test data: a policy as the default settings give it, and statements about made-up subjects. */
final class Statements {

    static final Instant ISSUED = Instant.parse("2026-12-06T10:00:00Z");

    private Statements() {
    }

    static StatementPolicy policy() {
        return policy("https://platform.example/appeals");
    }

    static StatementPolicy policy(String address) {
        Map<Category, String> clauses = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            clauses.put(category, "Community rules, section " + (category.ordinal() + 1));
        }
        Map<Category, String> legal = new EnumMap<>(Category.class);
        legal.put(Category.CHILD_SEXUAL_IMAGERY, "Directive 2011/93/EU art. 5");
        legal.put(Category.NON_CONSENSUAL_INTIMATE_IMAGE, "Directive (EU) 2024/1385 art. 5");
        return new StatementPolicy(clauses, legal, Period.ofMonths(6), address);
    }

    static Subject content(long itemId, String contentId) {
        return new Subject(Scope.CONTENT, itemId, contentId, null, 12L);
    }

    static StatementOfReasons first(Subject subject, Restriction restriction, Facts facts) {
        StatementPolicy policy = policy();
        return StatementOfReasons.first(subject, restriction, facts, policy.ground(facts.category(), restriction),
                restriction.automatedDecision(), policy.redress(restriction, ISSUED), ISSUED);
    }

    static StatementOfReasons next(StatementOfReasons previous, Subject subject, Restriction restriction, Facts facts,
            Duration later) {
        StatementPolicy policy = policy();
        Instant at = previous.issuedAt().plus(later);
        return previous.supersede(subject, restriction, facts, policy.ground(facts.category(), restriction),
                restriction.automatedDecision(), policy.redress(restriction, at), at);
    }
}

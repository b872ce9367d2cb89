package org.recourse.matching.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Screens texts against a fixed set of rules. Immutable once built, so one screener can serve every thread; a changed
 * list means building a new one (which for a few thousand terms takes milliseconds) and swapping it in.
 *
 * <p>All terms sit in one {@link TermTrie}, read in one pass of the normalised text ({@link TermScan}), so the cost
 * of a text hardly grows with the number of terms. Each pattern is then run once over the normalised text, under a
 * read budget.
 *
 * <p>{@link #MAX_TEXT_LENGTH} is the limit callers (the REST endpoint) should enforce on what they accept. The
 * screener itself screens whatever it is given in full, however long: the term pass is linear and each pattern's
 * budget grows with the length, so a long text costs time in proportion, never a missed tail.
 */
public final class PhraseScreener {

    /** The longest text, in UTF-16 units, that callers should accept for screening. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private final List<Rule> rules;
    private final TermTrie terms = new TermTrie();
    private final List<Rule> patterns = new ArrayList<>();

    private PhraseScreener(List<Rule> rules) {
        this.rules = rules;
        for (Rule rule : rules) {
            if (rule.kind() == Rule.Kind.TERM) {
                terms.add(rule);
            } else {
                patterns.add(rule);
            }
        }
    }

    /**
     * A screener for these rules.
     *
     * @throws IllegalArgumentException if two rules share an id, since a verdict names rules by id
     */
    public static PhraseScreener of(Collection<Rule> rules) {
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("Two rules have the id \"" + rule.id() + "\"; ids must be unique.");
            }
        }
        return new PhraseScreener(List.copyOf(rules));
    }

    /** The rules, in the order given. */
    public List<Rule> rules() {
        return rules;
    }

    /** A screener with only the rules written for {@code language} or for any language. */
    public PhraseScreener only(Language language) {
        return new PhraseScreener(rules.stream()
                .filter(rule -> rule.language() == language || rule.language() == Language.ANY)
                .toList());
    }

    /** Screens {@code text} (null reads as empty). Never throws. */
    public TextVerdict screen(String text) {
        NormalizedText normalized = TextNormalizer.normalize(text);
        List<RuleMatch> matches = new ArrayList<>();
        for (Map.Entry<Rule, int[]> hit : TermScan.scan(terms, normalized).entrySet()) {
            matches.add(match(hit.getKey(), normalized, hit.getValue()[0], hit.getValue()[1]));
        }
        List<Rule> unevaluated = new ArrayList<>();
        for (Rule pattern : patterns) {
            try {
                firstMatch(pattern, normalized).ifPresent(matches::add);
            } catch (BudgetedText.BudgetExceeded | StackOverflowError e) {
                // Java's matcher recurses once per repetition of some groups, so a long text can exhaust the stack too.
                unevaluated.add(pattern);
            }
        }
        matches.sort(Comparator.comparingInt((RuleMatch match) -> match.span().start()).thenComparingInt(m -> m.span().end()));
        return TextVerdict.of(matches, unevaluated);
    }

    /** The pattern's first non-empty match: an empty one names no words, so it cannot be a reason to block. */
    private static Optional<RuleMatch> firstMatch(Rule rule, NormalizedText normalized) {
        Matcher matcher = rule.pattern().matcher(new BudgetedText(normalized.text()));
        while (matcher.find()) {
            if (matcher.end() > matcher.start()) {
                return Optional.of(match(rule, normalized, matcher.start(), matcher.end()));
            }
        }
        return Optional.empty();
    }

    private static RuleMatch match(Rule rule, NormalizedText normalized, int start, int end) {
        Span span = normalized.originalSpan(start, end);
        return new RuleMatch(rule, span, span.of(normalized.original()));
    }
}

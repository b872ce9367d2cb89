package org.recourse.statements;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.recourse.cases.Category;

/**
 * What the settings put into every statement: the platform's policy clause per category
 * ({@code recourse.statements.ground.<category>}), the legal ground of the categories that are illegal as such
 * ({@code recourse.statements.legal-ground.<category>}; a category without one is "incompatible with the platform's
 * rules", not "illegal"), how long an appeal stays open ({@code recourse.appeals.window}, six months) and where it is
 * made ({@code recourse.statements.appeal-address}, the platform by default).
 */
public final class StatementPolicy {

    /** The longest clause kept: the column's width. */
    static final int MAX_CLAUSE = 1000;
    static final int MAX_ADDRESS = 500;
    private static final Pattern PERIOD = Pattern.compile("P(\\d+[YMWD])+");

    private final Map<Category, String> clauses;
    private final Map<Category, String> legalGrounds;
    private final TemporalAmount appealWindow;
    private final String appealAddress;

    public StatementPolicy(Map<Category, String> clauses, Map<Category, String> legalGrounds,
            TemporalAmount appealWindow, String appealAddress) {
        this.clauses = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            String clause = clauses.get(category);
            if (clause == null || clause.isBlank()) {
                throw new IllegalArgumentException("No policy clause for " + category.code()
                        + ": set recourse.statements.ground." + category.code());
            }
            this.clauses.put(category, bounded(clause.strip(), MAX_CLAUSE, category.code()));
        }
        this.legalGrounds = new EnumMap<>(Category.class);
        legalGrounds.forEach((category, ground) -> {
            if (ground != null && !ground.isBlank()) {
                this.legalGrounds.put(category, bounded(ground.strip(), MAX_CLAUSE, category.code()));
            }
        });
        this.appealWindow = Objects.requireNonNull(appealWindow, "An appeal window is required.");
        this.appealAddress = appealAddress == null || appealAddress.isBlank() ? null
                : bounded(appealAddress.strip(), MAX_ADDRESS, "appeal-address");
    }

    /** An ISO-8601 period ({@code P6M}) or duration ({@code PT72H}). */
    public static TemporalAmount window(String text) {
        String value = text.strip().toUpperCase(java.util.Locale.ROOT);
        return PERIOD.matcher(value).matches() ? Period.parse(value) : Duration.parse(value);
    }

    /**
     * The ground of a restriction in this category. A restoration restricts nothing, so it rests on the policy clause
     * alone: it never says the content is illegal.
     */
    public Ground ground(Category category, Restriction restriction) {
        String legal = restriction.lifts() ? null : legalGrounds.get(category);
        return new Ground(clauses.get(category), legal != null, legal);
    }

    /** Until when and where the uploader may appeal a restriction issued at this time; none for a restoration. */
    public Redress redress(Restriction restriction, Instant issuedAt) {
        if (!restriction.appealable()) {
            return Redress.NONE;
        }
        return new Redress(issuedAt.atOffset(ZoneOffset.UTC).plus(appealWindow).toInstant(), appealAddress);
    }

    public TemporalAmount appealWindow() {
        return appealWindow;
    }

    private static String bounded(String text, int max, String what) {
        if (text.length() > max) {
            throw new IllegalArgumentException("The statement setting for " + what + " is longer than " + max);
        }
        return text;
    }
}

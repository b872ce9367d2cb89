package org.recourse.cases;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a removal does to the account the platform named as the uploader, per category (the survivors' report: a
 * survivor's personal information, intimate images shared without consent and sexual images of children ban at once;
 * harassment of a survivor is a strike, a ban at the third within a year). One table, read by the removal that applies
 * it and by the reporter's confirmation that announces it, so the two cannot drift apart.
 */
public final class StrikePolicy implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The defaults of the survivors' report. */
    public static final StrikePolicy DEFAULT = new StrikePolicy(Map.of());

    private final EnumMap<Category, SanctionRule> rules;

    /**
     * A policy from rules per category, the defaults filling the rest.
     *
     * @throws IllegalArgumentException if child sexual imagery would not ban at once ("when unsure, assume a child":
     *     no setting may weaken that)
     */
    public StrikePolicy(Map<Category, SanctionRule> rules) {
        Objects.requireNonNull(rules, "Rules are required.");
        EnumMap<Category, SanctionRule> table = defaults();
        table.putAll(rules);
        if (table.get(Category.CHILD_SEXUAL_IMAGERY).kind() != SanctionRule.Kind.BAN) {
            throw new IllegalArgumentException("A sexual image of a child bans its uploader at once; that rule is "
                    + "not a setting.");
        }
        this.rules = table;
    }

    private static EnumMap<Category, SanctionRule> defaults() {
        EnumMap<Category, SanctionRule> defaults = new EnumMap<>(Category.class);
        defaults.put(Category.CHILD_SEXUAL_IMAGERY, SanctionRule.BAN);
        defaults.put(Category.SURVIVOR_CHILDHOOD_IMAGE, SanctionRule.BAN);
        defaults.put(Category.SURVIVOR_ADULT_IMAGE, SanctionRule.strikes(2, 365));
        defaults.put(Category.SURVIVOR_PERSONAL_INFORMATION, SanctionRule.BAN);
        defaults.put(Category.SURVIVOR_HARASSMENT, SanctionRule.strikes(3, 365));
        defaults.put(Category.NON_CONSENSUAL_INTIMATE_IMAGE, SanctionRule.BAN);
        defaults.put(Category.OTHER_HARMFUL, SanctionRule.NONE);
        return defaults;
    }

    public SanctionRule ruleFor(Category category) {
        return rules.get(Objects.requireNonNull(category, "A category is required."));
    }

    /**
     * What a removal in a category does to an uploader who already has {@code priorStrikes} strikes within the rule's
     * window (strikes of any category count: a harasser who also doxxed is not a first offender).
     */
    public Sanction onRemoval(Category category, int priorStrikes) {
        if (priorStrikes < 0) {
            throw new IllegalArgumentException("Strikes cannot be negative.");
        }
        SanctionRule rule = ruleFor(category);
        return switch (rule.kind()) {
            case NONE -> new Sanction(category, rule, false, false, 0);
            case BAN -> new Sanction(category, rule, false, true, 0);
            case STRIKE -> new Sanction(category, rule, true, priorStrikes + 1 >= rule.strikesToBan(),
                    priorStrikes + 1);
        };
    }

    /**
     * The category a removal confirms: the one the reviewer's reason names, else (a referral, a survivor's image) the
     * case's. A reviewer who removes a reported doxxing as harassment has said it was harassment.
     */
    public static Category removedAs(Category caseCategory, ReasonCode reason) {
        Objects.requireNonNull(caseCategory, "The case's category is required.");
        return switch (Objects.requireNonNull(reason, "A reason is required.")) {
            case CHILD_SEXUAL_ABUSE_MATERIAL -> Category.CHILD_SEXUAL_IMAGERY;
            case PERSONAL_INFORMATION -> Category.SURVIVOR_PERSONAL_INFORMATION;
            case HARASSMENT -> Category.SURVIVOR_HARASSMENT;
            case NON_CONSENSUAL_INTIMATE_IMAGE -> Category.NON_CONSENSUAL_INTIMATE_IMAGE;
            case OTHER_VIOLATION -> Category.OTHER_HARMFUL;
            case SURVIVOR_IMAGE -> caseCategory == Category.SURVIVOR_ADULT_IMAGE ? Category.SURVIVOR_ADULT_IMAGE
                    : Category.SURVIVOR_CHILDHOOD_IMAGE;
            default -> caseCategory;
        };
    }

    /**
     * What one removal does: a strike (numbered within the window) and/or a ban, or nothing.
     *
     * @param strikeNumber this strike's number within the window, counting it; 0 when no strike is given
     */
    public record Sanction(Category category, SanctionRule rule, boolean strike, boolean ban, int strikeNumber) {

        public boolean nothing() {
            return !strike && !ban;
        }

        /**
         * The rule that was applied, in words for the platform: "ban at once", "3rd strike within 365 days", "1st
         * strike within 365 days (a ban at 3)".
         */
        public String ruleApplied() {
            return switch (rule.kind()) {
                case NONE -> "no sanction";
                case BAN -> "ban at once";
                case STRIKE -> ordinal(strikeNumber) + " strike within " + rule.windowDays() + " days"
                        + (ban ? "" : " (a ban at " + rule.strikesToBan() + ")");
            };
        }

        static String ordinal(int n) {
            int lastTwo = n % 100;
            String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                    : switch (n % 10) {
                        case 1 -> "st";
                        case 2 -> "nd";
                        case 3 -> "rd";
                        default -> "th";
                    };
            return n + suffix;
        }
    }
}

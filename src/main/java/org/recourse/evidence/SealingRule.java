package org.recourse.evidence;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.recourse.cases.CaseItem;
import org.recourse.cases.Category;
import org.recourse.cases.Decision;

/**
 * Which decisions seal an evidence record: a removal or referral of hosted content in a category that assumes a child
 * (child sexual imagery, which the law obliges a provider to report and preserve), or in one of the categories added
 * by setting ({@code recourse.evidence.categories}, codes separated by commas). Content that is not on the platform
 * (an outside address) is kept for referral, not sealed: there is nothing of the platform's to preserve.
 */
public record SealingRule(Set<Category> added) {

    /** Only what the law asks: categories that assume a child. */
    public static final SealingRule LAW_ONLY = new SealingRule(EnumSet.noneOf(Category.class));

    public SealingRule {
        added = added.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(added);
    }

    /**
     * The rule with these category codes added ({@code survivor_childhood_image,non_consensual_intimate_image}).
     *
     * @throws IllegalArgumentException naming a code that is no category
     */
    public static SealingRule adding(String codes) {
        Set<Category> added = EnumSet.noneOf(Category.class);
        if (codes != null) {
            for (String code : codes.split(",")) {
                if (!code.isBlank()) {
                    added.add(Category.fromCode(code.strip()).orElseThrow(() -> new IllegalArgumentException(
                            "recourse.evidence.categories names " + code.strip() + ", which is not a category; use "
                                    + Arrays.stream(Category.values()).map(Category::code).toList())));
                }
            }
        }
        return new SealingRule(added);
    }

    /** Whether a decision in a case of this category seals a record (for hosted content). */
    public boolean seals(Category category, Decision decision) {
        return (decision == Decision.REMOVE || decision == Decision.REFER)
                && (category.assumesChild() || added.contains(category));
    }

    /** Whether this item, decided so, seals a record: hosted content only. */
    public boolean seals(CaseItem item, Decision decision) {
        return item.content() != null && seals(item.caseFile().category(), decision);
    }
}

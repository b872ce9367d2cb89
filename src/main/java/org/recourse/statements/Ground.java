package org.recourse.statements;

import java.util.Objects;

/**
 * The ground of a restriction: the platform's own policy clause for the category and, for content illegal as such,
 * the legal ground; both as the settings said when the statement was issued (a later change of wording does not
 * rewrite what was given).
 */
public record Ground(String policyClause, boolean illegal, String legalGround) {

    public Ground {
        Objects.requireNonNull(policyClause, "A policy clause is required.");
        if (policyClause.isBlank()) {
            throw new IllegalArgumentException("A policy clause is required.");
        }
        if (illegal && (legalGround == null || legalGround.isBlank())) {
            throw new IllegalArgumentException("Illegal content needs its legal ground.");
        }
        legalGround = illegal ? legalGround : null;
    }
}

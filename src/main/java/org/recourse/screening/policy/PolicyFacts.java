package org.recourse.screening.policy;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Turns what the platform said into the facts the rule table sees. What it left out counts as the least it could
 * have said: verification none, no anonymising network (unless the address is a Tor exit), content general (adult on
 * an adult-content service); an account age left out stays unknown, and a condition on it does not hold.
 */
final class PolicyFacts {

    private PolicyFacts() {
    }

    /**
     * @param notInForce the performer records check: of the ids given, those not in force
     */
    static Facts of(UploadContext context, Tier tier, boolean torExit, UnaryOperator<List<String>> notInForce) {
        boolean adult = context.contentClass() == ContentClass.ADULT
                || context.contentClass() == null && tier == Tier.ADULT_CONTENT;
        Boolean missing = null;
        if (adult || !context.performers().isEmpty()) {
            missing = context.performers().isEmpty() || !notInForce.apply(context.performers()).isEmpty();
        }
        boolean anonymising = Boolean.TRUE.equals(context.anonymisingNetwork()) || torExit;
        return new Facts(context.accountAgeDays(),
                context.verification() == null ? Verification.NONE : context.verification(), anonymising, torExit,
                adult ? ContentClass.ADULT : context.contentClass() == null ? ContentClass.GENERAL
                        : context.contentClass(), adult, missing);
    }
}

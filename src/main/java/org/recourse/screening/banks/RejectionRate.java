package org.recourse.screening.banks;

/**
 * How a partner bank's entries fared in review: of the entries a reviewer's decision settled, how many were rejected.
 * A bank is flagged when the share rejected is above the rate set, once enough entries were reviewed for the share to
 * mean something (two rejections of the first three say little about a list of a hundred thousand).
 */
public record RejectionRate(long reviewed, long rejected) {

    public RejectionRate {
        if (reviewed < 0 || rejected < 0 || rejected > reviewed) {
            throw new IllegalArgumentException("Rejected entries are some of the reviewed ones: " + rejected + " of "
                    + reviewed);
        }
    }

    /** The setting: flag above {@code rate} (0 to 1) of at least {@code minReviewed} reviewed entries. */
    public record Policy(double rate, int minReviewed) {

        public Policy {
            if (!(rate >= 0 && rate < 1) || minReviewed < 1) {
                throw new IllegalArgumentException("The flag rate is a share from 0 to 1 (not 1) and at least one "
                        + "reviewed entry is needed: " + rate + ", " + minReviewed);
            }
        }

        /** The rate as a whole percentage, for pages and mail. */
        public long percent() {
            return Math.round(rate * 100);
        }
    }

    /** Whether a bank with this record should be flagged. */
    public boolean flags(Policy policy) {
        // As a quotient, not rate × reviewed: 0.2 × 10 is not exactly 2 in floating point, 2 / 10 is exactly 0.2.
        return reviewed >= policy.minReviewed() && (double) rejected / reviewed > policy.rate();
    }

    /** The share rejected as a whole percentage (0 when nothing was reviewed). */
    public long percentRejected() {
        return reviewed == 0 ? 0 : Math.round(100.0 * rejected / reviewed);
    }
}

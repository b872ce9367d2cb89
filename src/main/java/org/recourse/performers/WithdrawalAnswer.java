package org.recourse.performers;

import java.time.Duration;

/**
 * The public page's answer to a reference typed in. A reference no record has is {@link NotFound}, whatever it looks
 * like, so that nothing is learnt by trying; a reference not even of the right form is {@link Mistyped} (the form is
 * public, so that says nothing either).
 */
public sealed interface WithdrawalAnswer {

    record Done(Withdrawal withdrawal) implements WithdrawalAnswer {
    }

    record NotFound() implements WithdrawalAnswer {
    }

    record Mistyped() implements WithdrawalAnswer {
    }

    /** Too many slowed attempts wait at once; try again after this long. */
    record Busy(Duration retryAfter) implements WithdrawalAnswer {
    }
}

package org.recourse.signals;

import java.time.Instant;

/**
 * What receiving a signal did, for the platform: the stored signal, the rule's verdict, the case it is on (held only)
 * with the review's due time, and whether it was the same signal sent again (nothing new done).
 */
public record SignalReceipt(ClassifierSignal signal, String contentId, SignalPolicy.Verdict verdict, Long caseId,
        Instant reviewDueBy, boolean repeated) {
}

package org.recourse.screening.staydown;

import org.recourse.intake.SystemNote;
import org.recourse.screening.policy.PolicyDecision;

/** The words of the report an upload held by the upload policy becomes: which rule, of which version, and why. */
final class PolicyHolds {

    private PolicyHolds() {
    }

    /** For each reviewer's language: the rule, the version and the conditions met (as codes, the same in both). */
    static SystemNote note(PolicyDecision policy) {
        return SystemNote.of("report.system.policy.hold", policy.rule(), policy.version(), policy.reason());
    }

    static String details(PolicyDecision policy) {
        return "Upload held for review by the upload policy: rule " + policy.rule() + " of version "
                + policy.version() + " (" + policy.tier().code() + "), because " + policy.reason() + ".";
    }
}

package org.recourse.platform.ratelimit;

import java.util.Objects;

/**
 * Who a report or a survivor's submission comes from, as the services that store them need to know: a client of the
 * public doors (form, API, any URL or method), counted against the per-client limit, or the portal itself (stay-down
 * screening reporting an upload it held), which is never counted. There is no "unknown": every caller says which.
 */
public sealed interface Submitter {

    /** Someone at the public doors, known (for counting only) by the address the web or REST layer read. */
    static Submitter client(ClientAddress address) {
        return new Client(address);
    }

    /** A person or script at the public doors. */
    record Client(ClientAddress address) implements Submitter {
        public Client {
            Objects.requireNonNull(address, "A client's address is required; the portal's own reports are Internal.");
        }
    }

    /** The portal's own work, which no client can trigger at will and which is never rate-limited. */
    enum Internal implements Submitter {
        /** Stay-down screening reporting an upload it held or blocked. */
        STAY_DOWN_SCREENING,
        /** The sweep reporting copies already up of something that entered a bank. */
        STAY_DOWN_SWEEP,
        /** A classifier's signal at or above its threshold, holding the item for review (issue 17 §1). */
        CLASSIFIER_SIGNAL,
        /** A person shown in adult content withdrew their consent: the items linked to their record are hidden. */
        CONSENT_WITHDRAWAL,
        /** Context screening reporting content whose caption, title or comment used an abuse-associated term. */
        CONTEXT_SCREENING
    }
}

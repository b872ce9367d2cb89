package org.recourse.dsa;

import java.util.Map;

/** How the database answered one batch. */
public sealed interface BatchOutcome {

    /** 201: every statement created; the database's uuid by puid. */
    record Created(Map<String, String> uuids) implements BatchOutcome {
        public Created {
            uuids = Map.copyOf(uuids);
        }
    }

    /**
     * 422: nothing was created. {@code refused} holds the positions the database found fault with and why (field names
     * and its words, never our payload); {@code duplicates} the positions whose only fault is a puid it already has
     * (stored by an earlier call whose answer we did not see).
     */
    record Refused(Map<Integer, String> refused, java.util.Set<Integer> duplicates) implements BatchOutcome {
        public Refused {
            refused = Map.copyOf(refused);
            duplicates = java.util.Set.copyOf(duplicates);
        }
    }

    /** 401 or 403: the token is wrong, revoked, or lacks the right to create statements. */
    record Unauthorized(int status) implements BatchOutcome {
    }

    /** Anything that may pass: the database down, a timeout, 408, 429, 5XX, an answer we could not read. */
    record Unavailable(String reason) implements BatchOutcome {
    }
}

package org.recourse.screening.staydown;

import java.util.Objects;

/**
 * What an upload matched: an entry of a bank, or an item hidden pending review. The platform's answer and the case
 * item name it by {@link #text()}, exactly as they always have; code asks the type, never the text.
 */
public sealed interface MatchSource {

    /** How the platform's answer and the case item ({@code case_item.match_source}) write it. */
    String text();

    /** A bank entry, named by its bank. */
    record Entry(long entryId, String bank) implements MatchSource {

        public Entry {
            Objects.requireNonNull(bank, "A bank is required.");
        }

        @Override
        public String text() {
            return bank;
        }
    }

    /** An item hidden pending review, by the platform's id for it: a re-upload joins that item's case. */
    record PendingItem(String contentId) implements MatchSource {

        private static final String PREFIX = "pending review:";

        public PendingItem {
            Objects.requireNonNull(contentId, "A content id is required.");
        }

        @Override
        public String text() {
            return PREFIX + contentId;
        }
    }
}

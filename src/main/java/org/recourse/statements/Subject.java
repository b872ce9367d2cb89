package org.recourse.statements;

import java.util.Objects;
import org.recourse.content.ContentItem;

/**
 * What a line of statements is about: an item's visibility, or an uploader's account (with the item and case that led
 * to it, when one did). Statements of the same subject are versions of each other; an item's removal and its
 * uploader's ban are two subjects, because both hold at once.
 *
 * @param uploaderId the platform's id of the uploader's account, for an account statement only
 * @param caseId the case the restriction was decided in, if any
 */
public record Subject(Scope scope, Long contentItemId, String platformContentId, String uploaderId, Long caseId) {

    public Subject {
        Objects.requireNonNull(scope, "A scope is required.");
        if (scope == Scope.CONTENT && (contentItemId == null || platformContentId == null)) {
            throw new IllegalArgumentException("A content statement names its item.");
        }
        if (scope == Scope.CONTENT && uploaderId != null) {
            throw new IllegalArgumentException("A content statement names no account.");
        }
        if (scope == Scope.ACCOUNT && (uploaderId == null || uploaderId.isBlank())) {
            throw new IllegalArgumentException("An account statement names the uploader.");
        }
    }

    /** An item's visibility, restricted in a case. */
    public static Subject content(ContentItem item, Long caseId) {
        return new Subject(Scope.CONTENT, item.id(), item.platformContentId(), null, caseId);
    }

    /** An uploader's account; the item and case that led to it when one did. */
    public static Subject account(String uploaderId, ContentItem item, Long caseId) {
        return new Subject(Scope.ACCOUNT, item == null ? null : item.id(),
                item == null ? null : item.platformContentId(), uploaderId, caseId);
    }

    /** The key of its line of versions: {@code content:<platform id>} or {@code uploader:<uploader id>}. */
    public String key() {
        return scope == Scope.CONTENT ? "content:" + platformContentId : "uploader:" + uploaderId;
    }
}

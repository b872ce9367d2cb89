package org.recourse.statements;

import java.util.Objects;
import java.util.regex.Pattern;
import org.recourse.content.ContentItem;

/**
 * What a line of statements is about: an item's visibility, an uploader's account (with the item and case that led
 * to it, when one did), or an upload screening held or blocked before the platform named it by an id. Statements of
 * the same subject are versions of each other; an item's removal and its uploader's ban are two subjects, because
 * both hold at once.
 *
 * @param uploaderId the platform's id of the uploader's account, for an account statement only
 * @param caseId the case the restriction was decided in, if any
 * @param upload what names an upload, for an upload statement only
 */
public record Subject(Scope scope, Long contentItemId, String platformContentId, String uploaderId, Long caseId,
        Upload upload) {

    /**
     * An upload as the platform gave it: its own reference if it sent one, else the hash that names the bytes (the
     * SHA-256 of the bytes, or the hash it sent: sha256, md5 or pdq; for frame hashes alone, {@code vpdq} and the
     * SHA-256 of the frame lines as sent).
     */
    public record Upload(String reference, String hashType, String hash) {

        private static final Pattern HASH_TYPE = Pattern.compile("sha256|md5|pdq|vpdq");
        private static final Pattern HEX = Pattern.compile("[0-9a-f]{32,128}");
        private static final Pattern REFERENCE = Pattern.compile("\\p{Graph}{1,200}");

        public Upload {
            if (reference != null && !REFERENCE.matcher(reference).matches()) {
                throw new IllegalArgumentException("An upload's reference is printable, up to 200 characters.");
            }
            if (hashType == null || !HASH_TYPE.matcher(hashType).matches() || hash == null
                    || !HEX.matcher(hash).matches()) {
                throw new IllegalArgumentException("An upload is named by a sha256, md5, pdq or vpdq hash in lower-case hex.");
            }
        }

        /** The reference when the platform sent one, else the hash: what its line of statements is keyed by. */
        String key() {
            return reference != null ? "ref:" + reference : hashType + ":" + hash;
        }
    }

    public Subject {
        Objects.requireNonNull(scope, "A scope is required.");
        if (scope == Scope.CONTENT && (contentItemId == null || platformContentId == null)) {
            throw new IllegalArgumentException("A content statement names its item.");
        }
        if (scope != Scope.ACCOUNT && uploaderId != null) {
            throw new IllegalArgumentException("A content statement names no account.");
        }
        if (scope == Scope.ACCOUNT && (uploaderId == null || uploaderId.isBlank())) {
            throw new IllegalArgumentException("An account statement names the uploader.");
        }
        if ((scope == Scope.UPLOAD) != (upload != null)) {
            throw new IllegalArgumentException("An upload statement, and only one, names the upload.");
        }
    }

    /** Without an upload: an item's visibility or an account. */
    public Subject(Scope scope, Long contentItemId, String platformContentId, String uploaderId, Long caseId) {
        this(scope, contentItemId, platformContentId, uploaderId, caseId, null);
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

    /** An upload held or blocked that the platform named by its bytes or hashes only. */
    public static Subject upload(Upload upload) {
        return new Subject(Scope.UPLOAD, null, null, null, null, Objects.requireNonNull(upload));
    }

    /**
     * The key of its line of versions: {@code content:<platform id>}, {@code uploader:<uploader id>}, or
     * {@code upload:ref:<reference>} / {@code upload:<hash type>:<hash>}.
     */
    public String key() {
        return switch (scope) {
            case CONTENT -> "content:" + platformContentId;
            case ACCOUNT -> "uploader:" + uploaderId;
            case UPLOAD -> "upload:" + upload.key();
        };
    }
}

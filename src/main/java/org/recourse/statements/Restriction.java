package org.recourse.statements;

/**
 * What a statement tells of. Each kind knows what it restricts, whether a machine decided it, and whether the uploader
 * may appeal it (a restoration lifts a restriction: there is nothing to appeal).
 */
public enum Restriction {
    /** A report or a match hid the item until a reviewer decides. */
    HIDDEN_PENDING_REVIEW(Scope.CONTENT, AutomatedDecision.FULLY),
    /** A reviewer removed the item (or referred it to a hotline or the police, which removes it too). */
    REMOVED(Scope.CONTENT, AutomatedDecision.NOT_AUTOMATED),
    /** A reviewer found no violation and the item is shown again; ends the restriction before it. */
    RESTORED(Scope.CONTENT, AutomatedDecision.NOT_AUTOMATED),
    /** The uploader's account is banned: by the strike policy after a removal, or by a supervisor. */
    UPLOADER_BANNED(Scope.ACCOUNT, AutomatedDecision.PARTIALLY),
    /** Upload screening held the upload for review (it matched content pending review or an unconfirmed hash). */
    UPLOAD_HELD(Scope.CONTENT, AutomatedDecision.FULLY),
    /** Upload screening blocked the upload (a confirmed bank entry, or a banned uploader). */
    UPLOAD_BLOCKED(Scope.CONTENT, AutomatedDecision.FULLY),
    /** A supervisor lifted the uploader's ban (by hand, or because an appeal reversed it): the restriction ended. */
    BAN_LIFTED(Scope.ACCOUNT, AutomatedDecision.NOT_AUTOMATED);

    private final Scope scope;
    private final AutomatedDecision automatedDecision;

    Restriction(Scope scope, AutomatedDecision automatedDecision) {
        this.scope = scope;
        this.automatedDecision = automatedDecision;
    }

    public Scope scope() {
        return scope;
    }

    /**
     * Whether it may be said of a subject of this scope: its own scope, and for a screened upload also an upload the
     * platform named by nothing but its bytes or hashes.
     */
    public boolean appliesTo(Scope subject) {
        return scope == subject || (subject == Scope.UPLOAD && (this == UPLOAD_HELD || this == UPLOAD_BLOCKED));
    }

    /** How far a machine decided this kind, unless the issuer knows better (a ban by a supervisor's own hand). */
    public AutomatedDecision automatedDecision() {
        return automatedDecision;
    }

    /** Whether the uploader may appeal: every restriction, never the lifting of one. */
    public boolean appealable() {
        return !lifts();
    }

    /** Whether it ends a restriction rather than making one (the DSA database takes restrictions only). */
    public boolean lifts() {
        return this == RESTORED || this == BAN_LIFTED;
    }

    /** Whether the item is kept out of sight until a reviewer decides. */
    public boolean pendingReview() {
        return this == HIDDEN_PENDING_REVIEW || this == UPLOAD_HELD || this == UPLOAD_BLOCKED;
    }

    /** The message key of its name, e.g. {@code statement.restriction.REMOVED}. */
    public String messageKey() {
        return "statement.restriction." + name();
    }
}

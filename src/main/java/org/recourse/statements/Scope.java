package org.recourse.statements;

/** What a restriction restricts: an item's visibility, or the uploader's account (the DSA's two decision kinds). */
public enum Scope {
    CONTENT,
    ACCOUNT
}

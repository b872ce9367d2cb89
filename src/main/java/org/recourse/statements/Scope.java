package org.recourse.statements;

/**
 * What a restriction restricts: an item's visibility, or the uploader's account (the DSA's two decision kinds); or an
 * upload that screening held or blocked before the platform registered it anywhere (no content id), which is the
 * item's visibility too, named by what the platform gave.
 */
public enum Scope {
    CONTENT,
    ACCOUNT,
    UPLOAD
}

package org.recourse.screening.banks;

/**
 * A bank entry that is a video started ({@code matches}) or stopped matching: fired in the transaction of the change,
 * for the nodes' video indexes to follow, as {@link PdqEntryChanged} is for pictures.
 */
public record VideoEntryChanged(long entryId, boolean matches) {
}

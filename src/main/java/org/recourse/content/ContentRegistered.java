package org.recourse.content;

import org.recourse.matching.hash.PdqHash;

/**
 * An item was registered with these fingerprints: fired in the registering transaction, for the nodes' index of
 * registered content to follow. The content registry need not know who indexes it.
 *
 * @param pdq the item's PDQ hash, or null when it has none (not a picture, or too plain to trust)
 */
public record ContentRegistered(long contentItemId, PdqHash pdq) {
}

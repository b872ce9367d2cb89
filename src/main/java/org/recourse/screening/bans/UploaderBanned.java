package org.recourse.screening.bans;

import org.recourse.cases.Category;

/**
 * An uploader was just banned, in the banning transaction: observers (the statement of reasons) act in it.
 *
 * @param caseId the case whose removal led to the ban, or null for a ban from the bans page
 * @param contentItemId the removed item that led to it, when the policy banned for a removal
 * @param category the category the removal confirmed, or null for a ban by hand (the case's category then)
 * @param byHand whether a supervisor banned by hand rather than the strike policy
 */
public record UploaderBanned(String uploaderId, Long caseId, Long contentItemId, Category category, boolean byHand) {
}

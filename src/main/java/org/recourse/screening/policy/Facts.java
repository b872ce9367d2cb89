package org.recourse.screening.policy;

/**
 * What the rule table sees of an upload: the context the platform gave, the Tor exit list's answer (never the
 * address), and the performer records' answer. A fact that is not known is null, and a condition on it does not match.
 *
 * @param anonymisingNetwork the platform's word, or true when the address is a Tor exit; null when neither says
 * @param torExit whether the client address is on the Tor exit list
 * @param adult whether the upload counts as adult content (said so, or unsaid on an adult-content service)
 * @param performersMissing for adult content (or performers named), whether a person shown has no record in force
 */
public record Facts(Integer accountAgeDays, Verification verification, Boolean anonymisingNetwork, boolean torExit,
        ContentClass contentClass, boolean adult, Boolean performersMissing) {
}

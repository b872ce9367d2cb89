/**
 * Outside addresses: the URLs reporters gave that are not on the platform, kept for referral; listed for staff by
 * host, exported for a hotline's bulk submission, and their referral (to whom, when, their reference) recorded on the
 * case and audited.
 */
package org.recourse.hotline.outside;

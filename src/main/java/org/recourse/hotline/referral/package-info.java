/**
 * Referrals by hand, for hotlines without an API and police: the referral package (report.json and the files in a
 * zip), its recipients, and the record of when and to whom it was sent.
 */
package org.recourse.hotline.referral;

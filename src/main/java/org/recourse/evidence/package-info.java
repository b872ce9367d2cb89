/**
 * The evidence vault: what a removal or referral of child sexual imagery (and, by setting, other categories) must
 * preserve, sealed in the decision's transaction, kept for as long as the law of each jurisdiction asks, opened only
 * by the LEGAL role and exported as a signed package. Other features meet it through {@link
 * org.recourse.evidence.EvidenceReader} (read a record, audited as custody) and two events: {@link
 * org.recourse.evidence.EvidenceSealed} (a record was sealed) and {@link org.recourse.evidence.RecordReported} (a
 * record was reported to a hotline or police, which starts a retention clock).
 */
package org.recourse.evidence;

/**
 * Hash banks: one bank per purpose and partner banks (lists from outside, each with its source and trust level), their
 * entries (never deleted, only disabled) with their review state, the all-or-nothing import and the export of shared
 * lists in Recourse's and ThreatExchange's formats, the feedback of rejected partner entries, and survivors' own hash
 * submissions, which enter a bank as unconfirmed entries that a reviewer's decision settles.
 */
package org.recourse.screening.banks;

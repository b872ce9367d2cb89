/**
 * Hash banks: one bank per purpose, its entries (never deleted, only disabled) with their review state, the
 * all-or-nothing import and the export of shared lists, and survivors' own hash submissions, which enter a bank as
 * unconfirmed entries that a reviewer's decision settles.
 */
package org.recourse.screening.banks;

package org.recourse.screening.banks;

/**
 * A new entry entered a bank (a removal, a survivor's hashes, an import, by hand): fired in the transaction that adds
 * it, so content already up can be searched for copies of it. The banks need not know who sweeps.
 */
public record BankEntryAdded(long entryId, long bankId) {
}

/**
 * Screening, in seven rooms: {@code banks} (hash banks, entries and their review, import and export, survivors' own
 * hashes), {@code bans} (uploader bans and account signals), {@code phrases} (phrase lists and text screening),
 * {@code policy} (the risk-based upload policy: context, rule tables per tier, the Tor exit list), {@code staydown}
 * (upload screening, the pending set, the match index, the flood guard), {@code sweep} (copies already up, found when a
 * fingerprint enters a bank) and {@code partners} (banned-uploader signals shared with partner platforms as keyed
 * hashes in signed files). Stay-down depends on banks, bans and policy, the sweep on banks and stay-down, partners on
 * bans (account screening asks it through bans' {@code PartnerSignalCheck}); banks, bans, phrases and policy depend on
 * no other room. The node's picture decoder, shared with content registration, is produced here; the pure-Java
 * matching core is {@code org.recourse.matching}.
 */
package org.recourse.screening;

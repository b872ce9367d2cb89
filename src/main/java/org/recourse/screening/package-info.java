/**
 * Screening, in five rooms: {@code banks} (hash banks, entries and their review, import and export, survivors' own
 * hashes), {@code bans} (uploader bans and account signals), {@code phrases} (phrase lists and text screening),
 * {@code policy} (the risk-based upload policy: context, rule tables per tier, the Tor exit list) and
 * {@code staydown} (upload screening, the pending set, the match index, the flood guard). Stay-down depends on banks,
 * bans and policy; banks, bans, phrases and policy depend on no other room. The node's picture decoder, shared with content
 * registration, is produced here; the pure-Java matching core is {@code org.recourse.matching}.
 */
package org.recourse.screening;

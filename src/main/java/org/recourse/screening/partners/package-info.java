/**
 * Signals shared with partners: banned-uploader signals exported to partner platforms and imported from them as
 * keyed hashes (HMAC-SHA256 under a key agreed per partnership), in signed files; an imported signal never bans, it
 * makes account screening say REVIEW.
 */
package org.recourse.screening.partners;

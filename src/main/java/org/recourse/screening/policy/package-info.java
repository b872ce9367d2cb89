/**
 * The risk-based upload policy: what the platform says of an upload's context (account age, verification, anonymising
 * network, content class, performers), the Tor exit list, and the versioned, audited rule table per risk tier that
 * maps the context to ALLOW, HOLD_FOR_REVIEW or REQUIRE_VERIFICATION.
 */
package org.recourse.screening.policy;

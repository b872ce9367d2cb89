/**
 * Reporters coming back by reference: the status page, and the confirmation page's receipt again (its language
 * switch, its "type it once" check and the receipt download), each through the {@code LookupGuard}.
 */
package org.recourse.lookup.web;

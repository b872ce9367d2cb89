/**
 * Reports to hotlines and police after a removal: NCMEC's CyberTipline through its provider API, referral packages for
 * hotlines without one (Cybertip.ca, police), the outbox that sends them once, and the outside addresses reporters gave
 * that are not on the platform, kept for referral.
 */
package org.recourse.hotline;

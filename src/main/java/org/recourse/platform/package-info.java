/** Technical plumbing shared by every feature: clock, settings, persistence, HTTP hardening, rate limits, i18n. */
package org.recourse.platform;

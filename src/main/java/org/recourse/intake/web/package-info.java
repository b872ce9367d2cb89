/**
 * The report form (JSF, usable without JavaScript) and the receipt in words; the confirmation page's look-ups by
 * reference (its own forms, the receipt download) are {@code lookup.web}'s.
 */
package org.recourse.intake.web;

/** The report form and confirmation page (JSF, usable without JavaScript), and the receipt download. */
package org.recourse.intake.web;

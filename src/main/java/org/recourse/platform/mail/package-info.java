/** Sending mail over SMTP, with a jakarta.mail session built from the portal's own settings. */
package org.recourse.platform.mail;

/** The page a reporter reaches from the "stop these emails" link of a mail. */
package org.recourse.contact.web;

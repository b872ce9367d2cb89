/** The admins' page of partnerships: make, enable or disable, export this portal's signals, import a partner's file. */
package org.recourse.screening.partners.web;

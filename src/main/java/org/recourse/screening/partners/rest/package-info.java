/** The admins' API of partner signals: a partnership's signed export, and the import of a partner's file. */
package org.recourse.screening.partners.rest;

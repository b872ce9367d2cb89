/**
 * Adult content's performers: the platform's records of each person's age and identity verification and of their
 * consent (never documents), the content each record covers, and the withdrawal of consent, by the platform or by the
 * person on a public page, which hides that content pending review, opens a case and keeps it from coming back.
 */
package org.recourse.performers;

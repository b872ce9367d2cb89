/** Intake: anonymous reports by form and API, filed in one transaction that hides the content and opens a case. */
package org.recourse.intake;

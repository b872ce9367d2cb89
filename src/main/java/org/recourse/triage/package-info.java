/** Triage: the queue of open cases, who holds which case, and the SLA clock that watches them. */
package org.recourse.triage;

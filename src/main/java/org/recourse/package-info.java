/** Recourse: an anonymous report-and-takedown portal that runs beside an online platform. */
package org.recourse;

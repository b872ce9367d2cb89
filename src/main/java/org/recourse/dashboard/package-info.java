/** The dashboard: the last seven days of cases received, time to decision and decisions within SLA, by category. */
package org.recourse.dashboard;

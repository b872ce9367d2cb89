/** What the scheduled jobs share: {@link org.recourse.platform.jobs.OneRunAtATime}, the guard of an interval timer. */
package org.recourse.platform.jobs;

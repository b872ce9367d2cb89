/**
 * What the scheduled jobs share: {@link org.recourse.platform.jobs.IntervalJob}, the base of every interval timer,
 * and {@link org.recourse.platform.jobs.OneRunAtATime}, its guard.
 */
package org.recourse.platform.jobs;

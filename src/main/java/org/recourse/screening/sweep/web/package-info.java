/** The sweeps page of supervisors (/staff/supervise/sweeps) and the copies a sweep found, on the case page. */
package org.recourse.screening.sweep.web;

/** The triage queue page: a lazily loaded table of open cases with live SLA clocks, filters and "take next". */
package org.recourse.triage.web;

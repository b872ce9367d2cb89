/**
 * Running the portal: health (liveness, readiness with the database and the outbox backlogs) and metrics, served by
 * Payara Micro at /health and /metrics. Nothing here names a reporter.
 */
package org.recourse.operations;

/**
 * Running the portal: health (liveness, readiness with the database and the outbox backlogs) and metrics, served by
 * Payara Micro at /health (open) and /metrics (for a scraper with the token, or this machine only). Nothing here names
 * a reporter.
 */
package org.recourse.operations;

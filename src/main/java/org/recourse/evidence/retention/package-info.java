/**
 * How long a sealed evidence record is kept and what stops its purge: a retention clock per jurisdiction, started when
 * the record is reported (the law of the recipient says how long), the purge that crypto-shreds what every applicable
 * clock has run out on, and legal holds (with reason, requester and review date, reminded before it) that suspend it.
 */
package org.recourse.evidence.retention;

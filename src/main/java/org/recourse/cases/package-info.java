/**
 * Cases: the unit staff triage, with the items under review, the categories, the review-time (SLA) policy, and every
 * rule of who may claim, decide, look at or give back a case.
 */
package org.recourse.cases;

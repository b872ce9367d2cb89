/** Cases: the unit staff triage, with the items under review, the categories and the review-time (SLA) policy. */
package org.recourse.cases;

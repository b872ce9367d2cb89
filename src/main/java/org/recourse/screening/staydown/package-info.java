/**
 * Stay-down: uploads screened against the banks, the bans and content hidden pending review (the pending set), every
 * node's PDQ match index with the change log it follows, the reports that held and blocked uploads become, and the
 * flood guard that keeps one survivor's hash from flooding the queue.
 */
package org.recourse.screening.staydown;

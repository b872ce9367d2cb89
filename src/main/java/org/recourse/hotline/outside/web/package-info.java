/**
 * The outside addresses page ({@code /staff/supervise/outside}), its export ({@code /staff/supervise/outside/export})
 * and the case page's list of referrals ({@code WEB-INF/includes/outside-referrals.xhtml}).
 */
package org.recourse.hotline.outside.web;

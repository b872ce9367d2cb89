/** The hotline pages: the outbox and referrals for ADMIN (/staff/admin/hotline), and the case page's hotline lines. */
package org.recourse.hotline.web;

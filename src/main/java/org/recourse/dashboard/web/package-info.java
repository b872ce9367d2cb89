/** The dashboard page and its CSV export. */
package org.recourse.dashboard.web;

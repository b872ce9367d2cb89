/**
 * The LEGAL user's pages of retention: the list of active holds ({@code /staff/legal/holds}) and the record page's
 * holds section ({@code WEB-INF/includes/legal-holds.xhtml}), one backing bean for both.
 */
package org.recourse.evidence.retention.web;

/** The audit log's admin page. */
package org.recourse.audit.web;

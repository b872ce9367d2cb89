/** The audit log's admin API. */
package org.recourse.audit.rest;

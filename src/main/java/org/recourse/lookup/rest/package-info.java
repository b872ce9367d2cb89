/** The status of a report as JSON, for anyone who holds its reference. */
package org.recourse.lookup.rest;

/** The REST API's plumbing: the application path, RFC 9457 problem details, and mapping every error to one. */
package org.recourse.platform.rest;

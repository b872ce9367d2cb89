/** Limits how often one client may submit, without ever storing who the client is. */
package org.recourse.platform.ratelimit;

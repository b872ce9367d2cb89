/**
 * The sweep: every fingerprint that enters a bank is searched against the content already registered (PDQ through
 * this node's {@link org.recourse.screening.sweep.ContentIndex}, SHA-256 and MD5 by indexed queries), and every copy
 * still shown is hidden pending review, in one case per source; supervisors also sweep a bank on demand.
 */
package org.recourse.screening.sweep;

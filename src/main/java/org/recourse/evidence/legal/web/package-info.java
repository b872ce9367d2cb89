/** The LEGAL pages: /staff/legal/records (the list) and /staff/legal/record (one record, its opening and export). */
package org.recourse.evidence.legal.web;

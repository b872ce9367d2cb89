/** The LEGAL role's API: {@code /api/v1/legal} (records, one record, a signed package, the public key). */
package org.recourse.evidence.legal.rest;

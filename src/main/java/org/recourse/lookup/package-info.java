/** Reporters come back: where a report stands, found by its reference number alone, never by who asks. */
package org.recourse.lookup;

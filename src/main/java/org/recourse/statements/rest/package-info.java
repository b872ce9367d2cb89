/** The platform's API over statements of reasons: one by its id, and every version given for a content item. */
package org.recourse.statements.rest;

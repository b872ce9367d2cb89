/** The case review page and the staff-only media endpoint for previews. */
package org.recourse.review.web;

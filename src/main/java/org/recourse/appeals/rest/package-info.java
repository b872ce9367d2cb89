/** The platform's appeal API: {@code POST /api/v1/appeals} and {@code GET /api/v1/appeals/{reference}}. */
package org.recourse.appeals.rest;

/** The context API: {@code POST /api/v1/content/{id}/context} and {@code GET /api/v1/uploaders/{id}/signals}. */
package org.recourse.context.rest;

/** {@code POST /api/v1/signals} and {@code GET /api/v1/signals/{id}} (scope {@code signals:submit}). */
package org.recourse.signals.rest;

/** The reporting API: POST /api/v1/reports files a report exactly as the form does. */
package org.recourse.intake.rest;

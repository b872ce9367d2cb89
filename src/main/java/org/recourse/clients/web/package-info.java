/** The admin page where API keys are created (shown once) and revoked. */
package org.recourse.clients.web;

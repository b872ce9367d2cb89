/** The admin page of webhook endpoints and of deliveries that gave up (the dead-letter list). */
package org.recourse.webhook.web;

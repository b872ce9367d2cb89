/** The admin page of the outbox: mail that waits or gave up, and a way to try a dead message again. */
package org.recourse.notification.web;

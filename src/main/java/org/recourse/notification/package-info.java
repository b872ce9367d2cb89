/** Mail to staff through a transactional outbox: stored with the change that caused it, sent later with retries. */
package org.recourse.notification;

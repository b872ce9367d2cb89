/**
 * HTTP hardening for every request and response: security headers, no caching of reporter pages, which forwarding
 * headers to believe (and so who the client is), body limits while a body is read, form actions by POST only, and the
 * calm refusal of each.
 */
package org.recourse.platform.web;

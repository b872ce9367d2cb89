/** HTTP hardening for every response: security headers, no caching of reporter pages, no identifying traces. */
package org.recourse.platform.web;

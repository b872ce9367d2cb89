/** The content registry: what the platform hosts, whether it may be served, and the media endpoint. */
package org.recourse.content;

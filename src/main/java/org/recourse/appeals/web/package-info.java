/** The appeal queue in the staff workspace ({@code /staff/appeals}): uploaders' appeals and reporters' requests. */
package org.recourse.appeals.web;

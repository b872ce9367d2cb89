/** The public page {@code /transparency}, its SVG charts and its CSV and JSON downloads. */
package org.recourse.transparency.web;

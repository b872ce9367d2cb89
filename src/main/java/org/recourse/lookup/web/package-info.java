/** The status page: a reference in, a timeline in plain words out. */
package org.recourse.lookup.web;

/** The signals block of the case page and the classifiers' precision on the dashboard. */
package org.recourse.signals.web;

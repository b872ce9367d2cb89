/** The phrase lists' admin page. */
package org.recourse.screening.phrases.web;

/** The public consent-withdrawal page: a record's reference in, the withdrawal and what happens next out. */
package org.recourse.performers.web;

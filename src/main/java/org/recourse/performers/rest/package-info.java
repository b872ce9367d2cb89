/** The platform's API of performer records: register, read, link content, issue a new reference, withdraw. */
package org.recourse.performers.rest;

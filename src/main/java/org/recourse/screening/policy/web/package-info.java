/** The admin's page of the upload policy: the version in force, its history, the Tor exit list, and the next version. */
package org.recourse.screening.policy.web;

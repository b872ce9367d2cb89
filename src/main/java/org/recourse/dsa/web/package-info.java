/** The admin's page of the submissions to the EU DSA transparency database. */
package org.recourse.dsa.web;

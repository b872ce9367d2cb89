/** The check of an API key and its scope on every protected call, before the resource runs. */
package org.recourse.clients.rest;

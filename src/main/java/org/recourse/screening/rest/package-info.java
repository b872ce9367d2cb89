/** Screening uploads, accounts and text for the platform's services (API key with the scope "screen"). */
package org.recourse.screening.rest;

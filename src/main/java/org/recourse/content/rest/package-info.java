/** The platform's services register content and ask whether it may be shown, with an API key. */
package org.recourse.content.rest;

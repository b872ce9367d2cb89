/** The bans page (the strike policy in words, bans by hand and lifts) and the case page's uploaders section. */
package org.recourse.screening.bans.web;

/**
 * Sanctions: the strike policy applied to the uploader of removed content (strikes, bans), bans by a supervisor's
 * hand, and the hashed account signals that carry a ban over to an uploader's other accounts.
 */
package org.recourse.screening.bans;

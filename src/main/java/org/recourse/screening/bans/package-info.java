/** Uploader bans and the hashed account signals that carry a ban over to an uploader's other accounts. */
package org.recourse.screening.bans;

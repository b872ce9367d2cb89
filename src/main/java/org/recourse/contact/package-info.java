/**
 * A reporter's consented email address: the two mails they may get, the link in each that withdraws consent and
 * deletes the address at once, and the deletion of every address once its case has been closed long enough.
 */
package org.recourse.contact;

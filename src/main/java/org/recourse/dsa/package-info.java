/**
 * The EU DSA Transparency Database (DSA art. 24(5)): every statement of reasons, mapped field by field, checked for
 * personal data, and submitted in batches of at most 100 through an outbox. Optional, off by default.
 */
package org.recourse.dsa;

/** The audit log: an append-only table whose rows form a hash chain, so that any edit or deletion shows. */
package org.recourse.audit;

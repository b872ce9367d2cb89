/** The vault on the case page: what a removal preserves, shown to the reviewer before deciding. */
package org.recourse.evidence.web;

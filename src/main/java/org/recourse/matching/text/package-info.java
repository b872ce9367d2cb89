/** Abusive-phrase screening in plain Java: term and pattern rules matched on normalised text, with an ALLOW or BLOCK verdict. */
package org.recourse.matching.text;

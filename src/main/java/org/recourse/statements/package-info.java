/**
 * Statements of reasons (DSA art. 17): one for every restriction Recourse makes, issued in the transaction that makes
 * it, versioned when the decision changes, told to the platform by webhook and readable by API, in English and French.
 */
package org.recourse.statements;

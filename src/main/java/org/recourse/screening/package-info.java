/**
 * Stay-down: hash banks by purpose (each entry with its review state), the PDQ and exact matching of uploads against
 * them and against content hidden pending review, uploader bans with their hashed account signals, and survivors' own
 * hash submissions, which hold matching uploads until a reviewer confirms or rejects them.
 */
package org.recourse.screening;

/**
 * Stay-down: hash banks by purpose, the PDQ and exact matching of uploads against them and against content hidden
 * pending review, uploader bans with their hashed account signals, and survivors' own hash submissions.
 */
package org.recourse.screening;

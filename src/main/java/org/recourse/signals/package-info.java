/**
 * Classifier signals, always with a human: what the platform's classifiers say about a registered item, held for
 * review at or above a threshold per classifier and label (never removed, never a ban), and how often reviewers
 * confirmed what each classifier flagged (its precision).
 */
package org.recourse.signals;

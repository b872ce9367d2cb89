/**
 * The people who review: how many reviewers each shift of the coming week needs to meet the review windows (Erlang C
 * over the inflow and handling times the cases record), and each reviewer's exposure to revealed imagery, with the
 * daily cap and the breaks that change what "take next" offers.
 */
package org.recourse.workforce;

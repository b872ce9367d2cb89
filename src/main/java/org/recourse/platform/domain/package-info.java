/** What every feature's domain model shares, such as the refusal of a move its state machine forbids. */
package org.recourse.platform.domain;

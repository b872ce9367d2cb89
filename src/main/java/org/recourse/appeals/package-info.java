/** Appeals (DSA art. 20): an uploader's appeal against a decision, its own queue and SLA, and the survivor-centred rule for restoring. */
package org.recourse.appeals;

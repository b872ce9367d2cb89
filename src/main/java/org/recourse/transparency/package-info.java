/** The public transparency figures (DSA art. 15 and 24): monthly counts and times per category, never a single case. */
package org.recourse.transparency;

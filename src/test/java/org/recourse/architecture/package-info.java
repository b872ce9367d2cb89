/**
 * The house rules of docs/architecture.md checked on the compiled main classes (ArchUnit), and the maps drawn from
 * them: the package diagram and the flows of a report and of a screened upload, kept current by the suite.
 */
package org.recourse.architecture;

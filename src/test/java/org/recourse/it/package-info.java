/** Integration tests: the packaged portal on a real Payara Micro, against H2 and a real PostgreSQL. */
package org.recourse.it;

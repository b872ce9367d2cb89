/** Test support shared by the integration tests: deployments, databases, HTTP and Payara processes. */
package org.recourse.testing;

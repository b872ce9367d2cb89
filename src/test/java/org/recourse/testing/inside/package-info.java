/**
 * Test-only doors that {@link org.recourse.testing.Deployments#withTestOnlyDoors} adds to an IT's deployment, and
 * that no shipped WAR ever contains (they live in the test sources): a clock the test moves
 * ({@link org.recourse.testing.inside.ShiftedClockProducer}, replacing the application's clock as a CDI alternative)
 * and {@code /test-only/*} ({@link org.recourse.testing.inside.TestOnlyServlet}) to move it and to stand in for a part
 * that is not built in this branch (a hotline reporting a record).
 */
package org.recourse.testing.inside;

/** Benchmarks run by hand, never by the build: intake throughput and latency against a plain-JDBC floor. */
package org.recourse.benchmark;

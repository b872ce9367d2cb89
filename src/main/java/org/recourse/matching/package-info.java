/**
 * The matching core in plain Java (no Jakarta, JPA or CDI): image and exact hashes ({@code hash}), the PDQ index
 * ({@code index}) and phrase screening ({@code text}), used by {@code org.recourse.screening} and measured by the
 * benchmarks without a container.
 */
package org.recourse.matching;

/**
 * The LEGAL role's side of the vault: the records' list and details, and signed evidence packages
 * ({@link org.recourse.evidence.legal.EvidencePackage}, verified by the standalone
 * {@link org.recourse.evidence.legal.PackageVerifier}) under the installation's Ed25519 key.
 */
package org.recourse.evidence.legal;

/**
 * Secrets the portal must keep readable (TOTP seeds, webhook signing secrets) are sealed at rest with AES-GCM under a
 * key that is not in the database, so a dump or a backup of the database alone does not give them away.
 */
package org.recourse.platform.secrets;

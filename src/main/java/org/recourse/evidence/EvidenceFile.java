package org.recourse.evidence;

/**
 * One file of an opened record, decrypted in memory only: never written to disk by the vault.
 *
 * @param name the file's name inside a package ({@code content/1.jpg})
 * @param mediaType what the platform declared
 * @param bytes the file itself
 * @param sha256 lower-case hex of the bytes
 * @param md5 lower-case hex of the bytes (what NCMEC checks an upload by)
 * @param pdq the PDQ hash of a picture, or null
 */
public record EvidenceFile(String name, String mediaType, byte[] bytes, String sha256, String md5, String pdq) {
}

/** Perceptual (PDQ) and exact (SHA-256, MD5) hashes of images, in plain Java, for matching re-uploads of removed content. */
package org.recourse.matching.hash;

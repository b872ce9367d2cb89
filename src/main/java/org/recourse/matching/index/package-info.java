/** Finding stored PDQ hashes near a query hash: multi-index hashing for large lists, brute force to check it against. */
package org.recourse.matching.index;

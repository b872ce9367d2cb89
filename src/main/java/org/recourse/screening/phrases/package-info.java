/** The phrase lists as admins keep them (seeded with the starter lists), and every node's screener built from them. */
package org.recourse.screening.phrases;

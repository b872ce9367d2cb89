package org.recourse.appeals;

import java.security.SecureRandom;

/**
 * Appeal references, {@code AP-} and ten Crockford base-32 symbols (50 random bits): not guessable, and free of the
 * letters people misread. They name the appeal to the platform; they open nothing by themselves (the API needs a key).
 */
final class AppealReferences {

    private static final char[] SYMBOLS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private AppealReferences() {
    }

    static String next() {
        StringBuilder reference = new StringBuilder("AP-");
        for (int i = 0; i < 10; i++) {
            reference.append(SYMBOLS[RANDOM.nextInt(SYMBOLS.length)]);
        }
        return reference.toString();
    }
}

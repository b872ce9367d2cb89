package org.recourse.intake;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Objects;

/**
 * A report's reference number: 75 random bits as 15 Crockford base32 symbols plus one check symbol, shown in four
 * groups of four ({@code K7QM-2XHD-9RTB-F4W8}).
 *
 * <p>The check symbol is Luhn mod 32 over the same alphabet rather than Crockford's mod-37 symbol, so that a reference
 * never contains {@code * ~ $ = U}: people read these aloud, write them on paper and type them on phones. Luhn mod N
 * catches every single-symbol typo and almost every swap of two neighbours.
 */
public final class Reference {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int DATA_SYMBOLS = 15;
    static final int LENGTH = DATA_SYMBOLS + 1;
    private static final int BASE = ALPHABET.length();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String symbols;

    private Reference(String symbols) {
        this.symbols = symbols;
    }

    /** A new reference from {@link SecureRandom}: 15 symbols of 5 bits each. */
    public static Reference generate() {
        return generate(RANDOM);
    }

    static Reference generate(java.util.Random random) {
        StringBuilder data = new StringBuilder(LENGTH);
        for (int i = 0; i < DATA_SYMBOLS; i++) {
            data.append(ALPHABET.charAt(random.nextInt(BASE)));
        }
        return new Reference(data.append(checkSymbol(data)).toString());
    }

    /**
     * Reads what a person typed: any case, with or without spaces and dashes, with O for 0 and I or L for 1.
     *
     * @throws InvalidReferenceException saying whether the input is not a reference at all or has a typo
     */
    public static Reference parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidReferenceException(InvalidReferenceException.Reason.MALFORMED);
        }
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (char c : input.trim().toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || c == ' ' || c == '\u00A0' || c == '\t') {
                continue;
            }
            char normalised = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(normalised) < 0 || symbols.length() == LENGTH) {
                throw new InvalidReferenceException(InvalidReferenceException.Reason.MALFORMED);
            }
            symbols.append(normalised);
        }
        if (symbols.length() != LENGTH) {
            throw new InvalidReferenceException(InvalidReferenceException.Reason.MALFORMED);
        }
        if (checkSymbol(symbols.subSequence(0, DATA_SYMBOLS)) != symbols.charAt(DATA_SYMBOLS)) {
            throw new InvalidReferenceException(InvalidReferenceException.Reason.CHECK_FAILED);
        }
        return new Reference(symbols.toString());
    }

    /** Luhn mod N: double every second value from the right, fold it to base N, sum, take the complement. */
    static char checkSymbol(CharSequence data) {
        int sum = 0;
        int factor = 2;
        for (int i = data.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(data.charAt(i));
            sum += addend / BASE + addend % BASE;
            factor = factor == 2 ? 1 : 2;
        }
        return ALPHABET.charAt((BASE - sum % BASE) % BASE);
    }

    /** The sixteen symbols without separators, as stored. */
    public String compact() {
        return symbols;
    }

    /** The form people see: four groups of four joined by dashes. */
    public String display() {
        return symbols.substring(0, 4) + '-' + symbols.substring(4, 8) + '-'
                + symbols.substring(8, 12) + '-' + symbols.substring(12);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Reference that && symbols.equals(that.symbols);
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbols);
    }

    @Override
    public String toString() {
        return display();
    }
}

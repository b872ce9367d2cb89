package org.recourse.context;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a text around content is. A caption or a title is the uploader's own words, so its match counts among the
 * uploader's behaviour signals; a comment is someone else's, so it raises the content's case but says nothing of the
 * uploader.
 */
public enum TextKind {
    CAPTION(2_200),
    TITLE(300),
    COMMENT(2_200);

    private final int maxLength;

    TextKind(int maxLength) {
        this.maxLength = maxLength;
    }

    /** The longest text of this kind accepted, in characters (the lengths large platforms allow, with room). */
    public int maxLength() {
        return maxLength;
    }

    /** Whether a match in this kind of text is the uploader's own doing. */
    public boolean byUploader() {
        return this != COMMENT;
    }

    /** The code the API uses: {@code caption}, {@code title}, {@code comment}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TextKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst();
    }
}

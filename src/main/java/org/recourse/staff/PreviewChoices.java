package org.recourse.staff;

/**
 * How a reviewer sees pictures and videos before and after a reveal: blurred, in greyscale, video muted. The same
 * record holds the organisation's minimums ({@code recourse.wellbeing.require-*}): a reviewer may choose more
 * protection than the minimum, never less.
 */
public record PreviewChoices(boolean blur, boolean greyscale, boolean muteVideo) {

    /** No minimum: each reviewer chooses. */
    public static final PreviewChoices NONE_REQUIRED = new PreviewChoices(false, false, false);

    /** These choices, raised to the minimums where they fall below. */
    public PreviewChoices atLeast(PreviewChoices minimums) {
        return new PreviewChoices(blur || minimums.blur, greyscale || minimums.greyscale,
                muteVideo || minimums.muteVideo);
    }
}

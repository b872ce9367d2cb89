package org.recourse.hotline.outside;

/** Who an outside address was referred to. Pages name them through {@code staff.outside.recipient.*}. */
public enum Recipient {
    /** Cybertip.ca, whose Project Arachnid takes bulk lists of addresses. */
    CYBERTIP_CA,
    NCMEC,
    /** The Internet Watch Foundation (United Kingdom). */
    IWF,
    /** Another member hotline of INHOPE, named in the referral. */
    INHOPE_MEMBER,
    /** A police service, named in the referral. */
    POLICE,
    /** The host itself (its abuse contact). */
    HOST,
    OTHER;

    /** Whether a referral to it must name which one (which INHOPE member, which police service, whom else). */
    public boolean needsName() {
        return this == INHOPE_MEMBER || this == POLICE || this == OTHER;
    }
}

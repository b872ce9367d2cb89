package org.recourse.cases;

/** Why a decision was taken; recorded with it and counted in the dashboard. */
public enum ReasonCode {
    CHILD_SEXUAL_ABUSE_MATERIAL,
    SURVIVOR_IMAGE,
    PERSONAL_INFORMATION,
    HARASSMENT,
    NON_CONSENSUAL_INTIMATE_IMAGE,
    OTHER_VIOLATION,
    NO_VIOLATION,
    ADULTS_CONSENTED,
    UNSURE,
    NEEDS_SUPERVISOR,
    HOTLINE,
    LAW_ENFORCEMENT
}

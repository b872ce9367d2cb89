package org.recourse.clients.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.recourse.clients.Scope;

/** The resource method needs an API key with this scope; {@link ApiKeyFeature} puts the check in front of it. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresScope {
    Scope value();
}

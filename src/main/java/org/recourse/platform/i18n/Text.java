package org.recourse.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Lets a page format a message with a value: {@code #{text.format('gallery.reportLabel', tile.description)}}. */
@Named
@RequestScoped
public class Text {

    @Inject
    RequestLanguage language;

    public String format(String key, Object value) {
        return language.messages().get(key, value);
    }

    public String format2(String key, Object first, Object second) {
        return language.messages().get(key, first, second);
    }
}

package org.recourse.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Lets a page format a message with a value: {@code #{text.format('gallery.reportLabel', tile.description)}}. */
@Named
@RequestScoped
public class Text {

    public String format(String key, Object value) {
        return messages().get(key, value);
    }

    public String format2(String key, Object first, Object second) {
        return messages().get(key, first, second);
    }

    private static Messages messages() {
        return Messages.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}

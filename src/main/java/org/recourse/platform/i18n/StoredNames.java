package org.recourse.platform.i18n;

import java.util.Map;

/**
 * Names the portal itself stored in English inside texts kept for machines (an audit row's detail names "Other
 * removed content", the portal's own hash bank), with the words the page's language has for them. A feature that
 * stores such names provides one; a page that shows stored text (the audit list) asks every provider, without
 * importing the feature.
 */
public interface StoredNames {

    /** Each stored name and its words in the given language. */
    Map<String, String> wordsIn(Messages messages);

    /** The text with every stored name of these providers put in words (the stored text is never changed). */
    static String in(String text, Iterable<StoredNames> providers, Messages messages) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (StoredNames provider : providers) {
            for (Map.Entry<String, String> name : provider.wordsIn(messages).entrySet()) {
                out = out.replace(name.getKey(), name.getValue());
            }
        }
        return out;
    }
}

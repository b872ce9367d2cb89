package org.recourse.platform.rest;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes the /openapi document one that client generators accept (openapi-generator and swagger-parser refuse the
 * document Payara builds as it is): every tag declared once, and no non-standard root key. Run by the registered
 * OpenAPI filter after Payara has read the annotations; unique operation ids are the resources' own job (each
 * {@code @Operation} names one).
 */
public final class ClientReadyDocument {

    private ClientReadyDocument() {
    }

    public static void tidy(OpenAPI document) {
        if (document.getTags() != null) {
            document.setTags(declaredOnce(document.getTags()));
        }
        dropServerEndpoints(document);
    }

    /**
     * Payara declares a tag again for every resource class that names it; the first declaration that describes the
     * tag is kept, in the place of the tag's first appearance.
     */
    static List<Tag> declaredOnce(List<Tag> tags) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : tags) {
            Tag kept = byName.putIfAbsent(tag.getName(), tag);
            if (kept != null && kept.getDescription() == null && tag.getDescription() != null) {
                byName.put(tag.getName(), tag);
            }
        }
        return new ArrayList<>(byName.values());
    }

    /**
     * Payara 6 writes the list of its listeners' paths as a root key {@code endpoints}, which OpenAPI 3.0 does not
     * allow (Payara later renamed it {@code x-endpoints}, FISH-12303). Its model class has a public setter and an
     * empty map is not written. Reflection, because that class is Payara's, not the MicroProfile API's; another
     * runtime has no such setter and nothing to drop.
     */
    static void dropServerEndpoints(Object document) {
        try {
            document.getClass().getMethod("setEndpoints", Map.class).invoke(document, new HashMap<>());
        } catch (NoSuchMethodException e) {
            // Not Payara's model: nothing to drop.
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Could not drop the non-standard endpoints key from /openapi", e);
        }
    }
}

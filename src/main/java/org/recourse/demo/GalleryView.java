package org.recourse.demo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recourse.content.ContentService;

/**
 * Backs the demo gallery: each picture with its description and whether the demo platform may still show it (asked
 * of the visibility API, one batch for the page), and the last webhook events the platform received.
 */
@Named
@RequestScoped
public class GalleryView {

    /** One tile of the gallery. */
    public record Tile(String contentId, String description, boolean visible) {
    }

    @Inject
    ContentService content;

    @Inject
    DemoPlatform platform;

    @Inject
    org.recourse.platform.web.RequestContext request;

    private List<Tile> tiles;

    public List<Tile> getTiles() {
        if (tiles == null) {
            Map<String, DemoPictures.Picture> catalogue = DemoPictures.CATALOGUE.stream()
                    .collect(Collectors.toMap(DemoPictures.Picture::contentId, Function.identity()));
            List<ContentService.Listed> listed = content.list(100);
            java.util.Set<String> served = platform.served(listed.stream().map(ContentService.Listed::platformContentId)
                    .toList(), MediaServlet.ownApi((jakarta.servlet.http.HttpServletRequest)
                    jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest()));
            tiles = listed.stream()
                    .map(item -> new Tile(item.platformContentId(),
                            catalogue.containsKey(item.platformContentId())
                                    ? catalogue.get(item.platformContentId()).description(request.messages())
                                    : item.platformContentId(),
                            served.contains(item.platformContentId())))
                    .toList();
        }
        return tiles;
    }

    /** The last events the demo platform received by webhook, newest first. */
    public List<DemoPlatform.Event> getEvents() {
        return platform.recentEvents(10);
    }
}

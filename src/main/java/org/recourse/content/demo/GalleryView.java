package org.recourse.content.demo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.recourse.content.ContentService;

/** Backs the demo gallery: each picture with its description and whether it is still shown. */
@Named
@RequestScoped
public class GalleryView {

    /** One tile of the gallery. */
    public record Tile(String contentId, String description, boolean visible) {
    }

    @Inject
    ContentService content;

    private List<Tile> tiles;

    public List<Tile> getTiles() {
        if (tiles == null) {
            Map<String, DemoPictures.Picture> catalogue = DemoPictures.CATALOGUE.stream()
                    .collect(Collectors.toMap(DemoPictures.Picture::contentId, Function.identity()));
            tiles = content.list(100).stream()
                    .map(item -> new Tile(item.platformContentId(),
                            catalogue.containsKey(item.platformContentId())
                                    ? catalogue.get(item.platformContentId()).description() : item.platformContentId(),
                            item.visibility().isServed()))
                    .toList();
        }
        return tiles;
    }
}

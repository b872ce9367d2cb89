package org.recourse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;

/**
 * A page's HTML parsed into a DOM (HtmlUnit, with JavaScript and CSS off, nothing fetched), for checks on its markup
 * that a regular expression would get wrong: which scripts are inline, which elements carry event handlers.
 */
public final class PageMarkup {

    private final List<DomElement> elements;

    private PageMarkup(List<DomElement> elements) {
        this.elements = elements;
    }

    public static PageMarkup parse(String html) {
        try (WebClient client = new WebClient()) {
            client.getOptions().setJavaScriptEnabled(false);
            client.getOptions().setCssEnabled(false);
            HtmlPage page = client.loadHtmlCodeIntoCurrentWindow(html);
            List<DomElement> all = new java.util.ArrayList<>();
            page.getDocumentElement().getDomElementDescendants().forEach(all::add);
            all.add(0, page.getDocumentElement());
            return new PageMarkup(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The element with this id, if any. */
    public Optional<DomElement> byId(String id) {
        return elements.stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst();
    }

    /** Script elements with code in the page itself rather than a src: what a strict CSP blocks. */
    public List<String> inlineScripts() {
        return elements.stream()
                .filter(e -> e.getTagName().equalsIgnoreCase("script") && !e.hasAttribute("src"))
                .map(DomElement::asXml)
                .toList();
    }

    /** Event-handler attributes ({@code onclick=...}) as "tag@attribute": inline script a strict CSP blocks too. */
    public List<String> eventHandlerAttributes() {
        return elements.stream()
                .flatMap(e -> e.getAttributesMap().keySet().stream()
                        .filter(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("on"))
                        .map(name -> e.getTagName() + "@" + name))
                .toList();
    }
}

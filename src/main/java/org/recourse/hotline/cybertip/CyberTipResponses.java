package org.recourse.hotline.cybertip;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads the service's answers, which are outside input: parsed safely, each field bounded, unknown ones ignored. */
final class CyberTipResponses {

    private static final int MAX_FIELD = 2000;
    private static final int MAX_FILES = 10_000;

    private CyberTipResponses() {
    }

    /** @throws InvalidXmlException when it is not a {@code reportResponse} or {@code reportDoneResponse} */
    static CyberTipResponse parse(byte[] body, String requestId) {
        Element root = SafeXml.parse(body).getDocumentElement();
        String name = root.getTagName();
        if (!"reportResponse".equals(name) && !"reportDoneResponse".equals(name)) {
            throw new InvalidXmlException("Unexpected answer: <" + clip(name) + ">");
        }
        String code = child(root, "responseCode");
        if (code == null || !code.strip().matches("-?\\d{1,9}")) {
            throw new InvalidXmlException("The answer has no responseCode");
        }
        return new CyberTipResponse(Integer.parseInt(code.strip()), child(root, "responseDescription"),
                reportId(child(root, "reportId")), child(root, "fileId"), child(root, "hash"), files(root),
                requestId == null ? null : clip(requestId));
    }

    private static Long reportId(String text) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(text.strip());
    }

    private static List<String> files(Element root) {
        List<String> ids = new ArrayList<>();
        for (Node files = root.getFirstChild(); files != null; files = files.getNextSibling()) {
            if (files instanceof Element element && "files".equals(element.getTagName())) {
                NodeList children = element.getChildNodes();
                for (int i = 0; i < children.getLength() && ids.size() < MAX_FILES; i++) {
                    if (children.item(i) instanceof Element file && "fileId".equals(file.getTagName())) {
                        ids.add(clip(file.getTextContent().strip()));
                    }
                }
            }
        }
        return ids;
    }

    private static String child(Element root, String name) {
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getTagName())) {
                return clip(element.getTextContent().strip());
            }
        }
        return null;
    }

    private static String clip(String text) {
        return text.length() <= MAX_FIELD ? text : text.substring(0, MAX_FIELD);
    }
}

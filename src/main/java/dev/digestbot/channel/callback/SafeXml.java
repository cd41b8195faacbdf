package dev.digestbot.channel.callback;

import dev.digestbot.channel.ChannelException;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the flat {@code <xml><Name>value</Name>…</xml>} documents of the platforms with a parser
 * that refuses any DOCTYPE, so no entity (external or billion-laughs) is ever expanded and
 * nothing is fetched from disk or network. Thread-safe.
 */
public final class SafeXml {

    private static final DocumentBuilderFactory FACTORY = hardenedFactory();
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SafeXml::newBuilder);

    private SafeXml() {
    }

    /**
     * The text of each child element of the root, by element name, in document order; CDATA and
     * plain text read the same.
     *
     * @throws ChannelException 400 when the text is not well-formed XML or declares a DOCTYPE
     */
    public static Map<String, String> fields(String xml) {
        DocumentBuilder builder = BUILDER.get();
        builder.reset();
        builder.setErrorHandler(QUIET);
        Element root;
        try {
            root = builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (SAXException e) {
            throw ChannelException.badRequest("bad_xml", "body: not accepted as XML ("
                    + e.getMessage() + ")");
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                fields.putIfAbsent(child.getNodeName(), child.getTextContent());
            }
        }
        return Map.copyOf(fields);
    }

    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd",
                    false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a hardening feature", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }

    private static DocumentBuilder newBuilder() {
        synchronized (FACTORY) {
            try {
                return FACTORY.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("cannot build the hardened XML parser", e);
            }
        }
    }

    /** Without it the JDK parser prints "[Fatal Error]" lines to stderr before throwing. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}

package dev.digestbot.channel.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.digestbot.channel.ChannelException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeXmlTest {

    @Test
    void cdata_and_plain_text_fields_read_the_same() {
        Map<String, String> fields = SafeXml.fields("<xml>\n  <ToUserName><![CDATA[gh_1]]></ToUserName>\n"
                + "  <Content>你好 &amp; hi</Content><MsgId>42</MsgId></xml>");
        assertEquals(Map.of("ToUserName", "gh_1", "Content", "你好 & hi", "MsgId", "42"), fields);
    }

    @Test
    void an_external_entity_is_refused_and_neither_the_file_nor_the_network_is_read(
            @TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/dtd";
            for (String xxe : new String[] {
                    "<!DOCTYPE xml [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                            + "<xml><Content>&x;</Content></xml>",
                    "<!DOCTYPE xml [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]><xml/>",
                    "<!DOCTYPE xml SYSTEM \"" + url + "\"><xml/>"}) {
                ChannelException e = assertThrows(ChannelException.class, () -> SafeXml.fields(xxe));
                assertEquals(400, e.status());
                assertFalse(e.detail().contains("TOP-SECRET"));
            }
        } finally {
            server.stop(0);
        }
        assertEquals(0, hits.get());
    }

    @Test
    void an_xinclude_is_left_unexpanded(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        Map<String, String> fields = SafeXml.fields("<xml xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
                + "<xi:include href=\"" + secret.toUri() + "\" parse=\"text\"/></xml>");
        assertEquals(Map.of("xi:include", ""), fields);
    }

    @Test
    void entity_expansion_bombs_are_refused() {
        String bomb = "<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + "<xml><Content>&b;</Content></xml>";
        assertEquals("bad_xml", assertThrows(ChannelException.class, () -> SafeXml.fields(bomb)).error());
    }

    @Test
    void text_that_is_not_xml_is_a_bad_request() {
        assertEquals(400, assertThrows(ChannelException.class,
                () -> SafeXml.fields("{\"json\":true}")).status());
        assertEquals(400, assertThrows(ChannelException.class, () -> SafeXml.fields("")).status());
    }
}

package org.klangru.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.klangru.TestCorpora;
import org.klangru.TestHttp;
import org.klangru.ingest.Ingestor;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The collections panel in chromium against the real server: a token, a new collection, pins from the hits (by
 * keyboard and by mouse) and from the document view, reordering by Alt+arrow and by drag, a note, and the exports;
 * each step checked on screen and through the API. Screenshots go to target/screenshots.
 */
@ExtendWith(ChromiumAvailable.class)
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectionsWebTest implements TestPropertyProvider {
    private static final String TOKEN = "alice-token-0123456789abcdef";
    private static final java.nio.file.Path WORK = TestCorpora.tempDir("klangru-web-collections");
    private static final java.nio.file.Path CORPUS = TestCorpora.copy("web-corpus", WORK.resolve("corpus"));

    @Inject
    EmbeddedServer server;
    @Inject
    Ingestor ingestor;
    Browser browser;
    TestHttp http;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("klangru.index.dir", WORK.resolve("index").toString(),
                "klangru.ingest.corpus", CORPUS.toString(),
                "klangru.security.tokens", "alice:" + TOKEN,
                "micronaut.server.port", "-1");
    }

    @BeforeAll
    void start() throws IOException {
        Browser.assumeInstalled();
        ingestor.ingest(CORPUS);
        http = new TestHttp(server.getURI());
        browser = Browser.start(server.getURI());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private JsonNode collection(long id) {
        TestHttp.Response r = http.get("/api/collections/" + id, "Authorization", "Bearer " + TOKEN);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private List<String> passageOrder(long id) {
        List<String> out = new ArrayList<>();
        collection(id).get("items").forEach(i -> out.add(i.get("passageId").asText()));
        return out;
    }

    /** Read in one script: the panel is redrawn after each change, so element handles go stale. */
    @SuppressWarnings("unchecked")
    private List<String> panelOrder() {
        return (List<String>) browser.js("return [...document.querySelectorAll('#collection-items > li')].map(li => li.dataset.itemId)");
    }

    @Test
    void pinOrderAnnotateAndExportFromThePage() {
        browser.viewport(1366, 900);
        browser.open("/?q=" + URLEncoder.encode("ระบบจัดการข้อร้องเรียน", StandardCharsets.UTF_8));
        browser.waitVisible(By.cssSelector(".hits .hit"));

        // the header button opens the panel; the token, then a new collection
        browser.waitVisible(By.id("nav-collections")).click();
        WebElement token = browser.waitVisible(By.id("collection-token"));
        token.sendKeys(TOKEN, Keys.ENTER);
        WebElement title = browser.waitVisible(By.id("collection-new-title"));
        title.sendKeys("ตัวอย่างการจัดการข้อร้องเรียน", Keys.ENTER);
        browser.waitUntil(d -> browser.all(By.cssSelector(".collection-body h3")).stream()
                .anyMatch(h -> h.getText().contains("ตัวอย่างการจัดการข้อร้องเรียน")));
        long id = Long.parseLong((String) browser.js("return sessionStorage.getItem('klangru.collection')"));
        assertEquals("alice", collection(id).get("owner").asText());

        // pin the first hit with the keyboard, the second with the mouse
        List<WebElement> pins = browser.all(By.cssSelector(".hits .hit .pin-button"));
        assertTrue(pins.size() >= 2, "a pin button on every hit");
        String first = pins.get(0).getAttribute("data-passage-id");
        String second = pins.get(1).getAttribute("data-passage-id");
        browser.js("arguments[0].focus()", pins.get(0));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitUntil(d -> "true".equals(pins.get(0).getAttribute("aria-pressed")));
        pins.get(1).click();
        browser.waitUntil(d -> panelOrder().size() == 2);
        assertEquals(List.of(first, second), passageOrder(id));
        browser.screenshot("collections-panel");

        // Alt+↑ on the second item puts it first
        List<String> items = panelOrder();
        WebElement secondItem = browser.driver().findElement(By.cssSelector("#collection-items > li[data-item-id='" + items.get(1) + "']"));
        browser.js("arguments[0].focus()", secondItem);
        new Actions(browser.driver()).keyDown(Keys.ALT).sendKeys(Keys.ARROW_UP).keyUp(Keys.ALT).perform();
        browser.waitUntil(d -> panelOrder().equals(List.of(items.get(1), items.get(0))));
        assertEquals(List.of(second, first), passageOrder(id));
        assertEquals(items.get(1), browser.js("return document.activeElement.dataset.itemId"), "focus stays on the moved item");

        // dragging the (now) second item onto the first swaps them back
        browser.js("const [a, b] = document.querySelectorAll('#collection-items > li');"
                + "const dt = new DataTransfer();"
                + "b.dispatchEvent(new DragEvent('dragstart', {dataTransfer: dt, bubbles: true}));"
                + "a.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));"
                + "a.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));");
        browser.waitUntil(d -> panelOrder().equals(items));
        assertEquals(List.of(first, second), passageOrder(id));

        // a note is saved when the field is left
        WebElement note = browser.waitVisible(By.id("note-" + items.get(0)));
        note.sendKeys("ใช้เปิดการอภิปรายเรื่องช่องทางรับเรื่อง", Keys.TAB);
        browser.waitUntil(d -> collection(id).at("/items/0/note").asText().equals("ใช้เปิดการอภิปรายเรื่องช่องทางรับเรื่อง"));

        // the three export buttons, and what the page downloads has the note
        for (String format : List.of("docx", "pptx", "md", "evidence")) {
            assertTrue(browser.waitVisible(By.id("collection-export-" + format)).isEnabled());
        }
        // the DOCX button fetches with the token and saves under the collection's Thai name
        browser.driver().findElement(By.id("collection-export-docx")).click();
        browser.waitUntil(d -> browser.driver().findElement(By.id("collection-message")).getText()
                .contains("ตัวอย่างการจัดการข้อร้องเรียน.docx"));
        Object md = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/api/collections/" + id + "/export?format=md', {headers: {Authorization: 'Bearer "
                        + TOKEN + "'}}).then(r => r.text()).then(done);");
        assertTrue(String.valueOf(md).contains("ใช้เปิดการอภิปรายเรื่องช่องทางรับเรื่อง"), String.valueOf(md));
        browser.screenshot("collections-ordered-with-note");

        // the document view has a pin on every passage, and pinning there adds to the open collection
        JsonNode hit = http.get("/api/snippets", Map.of("q", "การจัดการความรู้")).json().at("/hits/0");
        browser.open("/?view=doc&id=" + hit.get("documentId").asText() + "&passage=" + hit.get("passageId").asText());
        browser.waitVisible(By.cssSelector(".passage .pin-button"));
        assertEquals(browser.all(By.cssSelector(".passage")).size(), browser.all(By.cssSelector(".passage .pin-button")).size());
        WebElement docPin = browser.driver().findElement(By.cssSelector(".passage[data-passage-id='" + hit.get("passageId").asText() + "'] .pin-button"));
        docPin.click();
        browser.waitUntil(d -> "true".equals(docPin.getAttribute("aria-pressed")));
        assertEquals(hit.get("passageId").asText(), passageOrder(id).get(2));
    }
}

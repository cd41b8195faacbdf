package dev.digestbot.http.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.digestbot.faq.Entry;
import dev.digestbot.testing.Chromium;
import dev.digestbot.testing.FaqFixtures;
import dev.digestbot.testing.TestBot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator console in headless Chromium against the real bot, as an operator uses it: each
 * test signs in to a bot of its own (a fresh copy of the fixture FAQ), one browser for the class.
 *
 * <p>The README's screenshot is taken here when asked:
 * {@code mvn -q test -Dtest=ConsoleBrowserTest -Dconsole.screenshot=src/docs/console.png}.
 */
class ConsoleBrowserTest {

    private static final String TOKEN = "console-test-token-42";
    private static final String K8S = "MOSN 对 Kubernetes 版本有限制么？";
    private static final Dimension DESKTOP = new Dimension(1280, 800);
    private static final Dimension PHONE = new Dimension(390, 844);

    /** Elements reaching past the window's right edge, outside the tables' own scroll boxes. */
    private static final String WIDER_THAN_THE_WINDOW = "return [...document.querySelectorAll('body *')]"
            + ".filter(e => e.offsetParent !== null && !e.parentElement.closest('.scroll')"
            + " && e.getBoundingClientRect().right > window.innerWidth + 1)"
            + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(', ')";

    private static Chromium chromium;
    private static ChromeDriver browser;

    @TempDir
    Path faq;
    private TestBot bot;
    private WebDriverWait wait;

    @BeforeAll
    static void openBrowser() throws Exception {
        chromium = Chromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void start() throws Exception {
        bot = TestBot.start(FaqFixtures.write(faq), Map.of("admin.token", TOKEN, "faq.watch", "false"));
        browser.manage().window().setSize(DESKTOP);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        assertNoAlert();
        bot.close();
    }

    // helpers

    private void open() {
        browser.get("http://127.0.0.1:" + bot.port() + "/console");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
    }

    private void signIn() {
        open();
        type(By.id("token"), TOKEN + Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav")));
        waitForText(By.id("entries-summary"), "entries");
    }

    private WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void type(By by, CharSequence text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    private void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private void section(String name) {
        click(By.cssSelector("#nav a[data-section='" + name + "']"));
        find(By.id(name + "-title"));
    }

    /** Asks in Try it and waits for the answer to this message. */
    private String tryIt(String message) {
        section("try");
        type(By.id("try-text"), message);
        WebElement reply = browser.findElement(By.id("try-reply"));
        String before = reply.getText();
        click(By.cssSelector("#try-form button[type=submit]"));
        wait.until(d -> d.findElement(By.id("try-read")).getText().contains("“")
                && (!reply.getText().equals(before) || d.findElement(By.id("try-read")).getText().contains(message.strip())));
        return find(By.id("try-decision")).getText();
    }

    private String reply() {
        return browser.findElement(By.id("try-reply")).getText();
    }

    private void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "an alert is open");
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private String answerOf(String id) {
        return bot.bot().store().snapshot().entry(id).orElseThrow().answer();
    }

    // sign-in

    @Test
    void a_wrong_token_is_refused_saying_so_and_the_right_one_signs_in_until_signing_out() {
        open();
        type(By.id("token"), "not-the-token" + Keys.ENTER);
        waitForText(By.id("token-error"), "Wrong token");
        assertFalse(browser.findElement(By.id("nav")).isDisplayed());
        assertEquals(null, script("return sessionStorage.getItem('digestbot.console.token')"));

        type(By.id("token"), TOKEN + Keys.ENTER);
        waitForText(By.id("entries-summary"), FaqFixtures.ENTRIES.size() + " entries");
        assertEquals(FaqFixtures.ENTRIES.size(), browser.findElements(By.cssSelector("#entries-table tbody tr")).size());
        assertEquals(TOKEN, script("return sessionStorage.getItem('digestbot.console.token')"));

        browser.navigate().refresh();
        waitForText(By.id("entries-summary"), "entries");
        assertTrue(browser.findElement(By.id("nav")).isDisplayed(), "the tab stays signed in");

        click(By.id("sign-out"));
        find(By.id("token"));
        assertFalse(browser.findElement(By.id("nav")).isDisplayed());
        assertEquals(null, script("return sessionStorage.getItem('digestbot.console.token')"));
    }

    // entries

    @Test
    void entries_are_searched_and_paged() throws Exception {
        Entry[] more = new Entry[22];
        for (int i = 0; i < more.length; i++) {
            more[i] = new Entry(String.format("extra-%02d", i), "Layotto 第 " + i + " 个问题？", List.of(), "回答 " + i,
                    "MOSN", null, null, null, null, null, null, null);
        }
        FaqFixtures.put(bot.bot().store(), more);
        signIn();
        waitForText(By.id("entries-page"), "Page 1 of 2");
        assertEquals(20, browser.findElements(By.cssSelector("#entries-table tbody tr")).size());
        click(By.id("entries-next"));
        waitForText(By.id("entries-page"), "Page 2 of 2");
        assertEquals(6, browser.findElements(By.cssSelector("#entries-table tbody tr")).size());
        assertFalse(browser.findElement(By.id("entries-next")).isEnabled());

        type(By.id("entries-q"), "全局锁" + Keys.ENTER);
        waitForText(By.id("entries-summary"), "1 entries match");
        List<WebElement> rows = browser.findElements(By.cssSelector("#entries-table tbody tr"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains("Seata 里说的全局锁和本地锁对应 MySQL 的什么锁？"), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains("fixture.md"), "its source digest: " + rows.get(0).getText());
    }

    @Test
    void an_edited_answer_changes_what_try_it_replies_and_a_bad_field_is_named_next_to_it() {
        signIn();
        assertEquals("ANSWER · Answers", tryIt(K8S));
        assertEquals("没有限制，MOSN 不依赖特定的 Kubernetes 版本。\n\nMOSN：https://github.com/mosn/mosn", reply());

        click(By.cssSelector("#try-entry a"));
        waitForText(By.id("entry-title"), "Entry mosn-k8s");
        type(By.id("entry-link"), "ftp://example.com/k8s");
        click(By.id("entry-save"));
        waitForText(By.id("entry-link-error"), "link:");
        assertEquals("true", browser.findElement(By.id("entry-link")).getAttribute("aria-invalid"));
        assertEquals(browser.findElement(By.id("entry-link")), browser.switchTo().activeElement(), "focus on the bad field");

        type(By.id("entry-link"), "");
        type(By.id("entry-answer"), "只支持 Kubernetes 1.20 以上。");
        click(By.id("entry-save"));
        waitForText(By.id("status"), "Saved entry mosn-k8s");
        assertEquals("", browser.findElement(By.id("entry-link-error")).getText());
        assertEquals("只支持 Kubernetes 1.20 以上。", answerOf("mosn-k8s"));

        assertEquals("ANSWER · Answers", tryIt(K8S));
        assertEquals("只支持 Kubernetes 1.20 以上。\n\nMOSN：https://github.com/mosn/mosn", reply());
    }

    @Test
    void an_entry_is_created_with_a_project_from_the_picker_and_deleted_after_confirming() {
        signIn();
        click(By.id("entries-new"));
        waitForText(By.id("entry-title"), "New entry");
        type(By.id("entry-id"), "layotto-dapr");
        type(By.id("entry-question"), "Layotto 怎么接入 Dapr 的 API？");
        click(By.id("entry-add-alternate"));
        browser.switchTo().activeElement().sendKeys("layotto dapr 兼容");
        type(By.id("entry-answer"), "用 Layotto 的 Dapr 兼容 API。");
        new Select(find(By.id("entry-project"))).selectByVisibleText("MOSN");
        click(By.id("entry-save"));
        waitForText(By.id("status"), "Created entry layotto-dapr");
        Entry created = bot.bot().store().snapshot().entry("layotto-dapr").orElseThrow();
        assertEquals("MOSN", created.project());
        assertEquals(List.of("layotto dapr 兼容"), created.alternates());

        click(By.id("entry-delete"));
        find(By.id("confirm-no")).sendKeys(Keys.ESCAPE);
        wait.until(d -> !d.findElement(By.id("confirm")).isDisplayed());
        assertTrue(bot.bot().store().snapshot().entry("layotto-dapr").isPresent(), "Escape deletes nothing");
        click(By.id("entry-delete"));
        click(By.id("confirm-yes"));
        waitForText(By.id("status"), "Deleted entry layotto-dapr");
        assertFalse(bot.bot().store().snapshot().entry("layotto-dapr").isPresent());
    }

    @Test
    void projects_are_added_and_edited() {
        signIn();
        section("projects");
        type(By.id("project-name"), "Nacos");
        type(By.id("project-link"), "github.com/alibaba/nacos");
        click(By.id("project-save"));
        waitForText(By.id("project-link-error"), "link:");
        type(By.id("project-link"), "https://github.com/alibaba/nacos");
        type(By.id("project-aliases"), "nacos, NACOS 注册中心");
        click(By.id("project-save"));
        waitForText(By.id("status"), "Added Nacos");
        waitForText(By.id("projects-table"), "nacos 注册中心");

        browser.findElements(By.cssSelector("#projects-table tbody tr")).stream()
                .filter(row -> row.getText().startsWith("Nacos")).findFirst().orElseThrow()
                .findElement(By.tagName("button")).click();
        type(By.id("project-link"), "https://nacos.io");
        click(By.id("project-save"));
        waitForText(By.id("status"), "Saved Nacos");
        assertEquals("https://nacos.io", bot.bot().store().snapshot().project("Nacos").orElseThrow().link());
    }

    // try it and unanswered

    @Test
    void a_tried_message_becomes_an_alternate_in_one_click_and_is_then_answered() {
        signIn();
        String message = "seata 的锁";
        assertEquals("SUGGEST · Suggests entries", tryIt(message));
        assertTrue(reply().startsWith("没有找到确定的答案，你是不是想问：\n1. Seata 里说的全局锁"), reply());
        WebElement best = browser.findElements(By.cssSelector("#try-candidates tbody tr")).get(0);
        assertTrue(best.getText().contains("seata-global-lock"), best.getText());
        assertFalse(best.findElement(By.className("carrier")).getText().isBlank(), "the signal that carried it");

        best.findElement(By.tagName("button")).click();
        waitForText(By.id("entry-title"), "Entry seata-global-lock");
        WebElement added = browser.switchTo().activeElement();
        assertEquals(message, added.getAttribute("value"), "the message, pre-filled as a new alternate");
        click(By.id("entry-save"));
        waitForText(By.id("status"), "Saved entry seata-global-lock");
        assertTrue(bot.bot().store().snapshot().entry("seata-global-lock").orElseThrow().alternates().contains(message));

        assertEquals("ANSWER · Answers", tryIt(message));
        assertTrue(reply().startsWith("全局锁是 Seata 在 TC 上维护的行级锁记录"), reply());
    }

    @Test
    void an_unanswered_question_becomes_an_alternate_of_an_entry_found_by_search_and_is_answered() throws Exception {
        String asked = "多机房部署方案有推荐的吗";
        bot.postJson("/api/ask", "{\"text\":\"" + asked + "\"}");
        bot.postJson("/api/ask", "{\"text\":\"" + asked + "\"}");
        bot.postJson("/api/ask", "{\"text\":\"量子计算机怎么编程\"}");
        signIn();
        section("unanswered");
        waitForText(By.id("unanswered-summary"), "2 questions wait");
        List<WebElement> cards = browser.findElements(By.cssSelector("#unanswered-list > li"));
        assertTrue(cards.get(0).getText().startsWith("量子计算机怎么编程"), "newest first: " + cards.get(0).getText());
        WebElement card = cards.get(1);
        assertTrue(card.getText().contains("asked 2 times"), card.getText());

        card.findElement(By.xpath(".//button[text()='Add as alternate']")).click();
        WebElement search = browser.switchTo().activeElement();
        search.sendKeys("registry" + Keys.ENTER);
        wait.until(d -> !card.findElements(By.cssSelector(".results button")).isEmpty());
        card.findElement(By.cssSelector(".results button")).click();
        waitForText(By.id("status"), "as an alternate of registry-meta");
        assertEquals(1, browser.findElements(By.cssSelector("#unanswered-list > li")).size());

        assertEquals("ANSWER · Answers", tryIt(asked));
        assertTrue(browser.findElement(By.id("try-entry")).getText().contains("registry-meta"));

        section("unanswered");
        WebElement other = find(By.cssSelector("#unanswered-list > li"));
        other.findElement(By.xpath(".//button[text()='Dismiss']")).click();
        waitForText(By.id("status"), "Dismissed");
        waitForText(By.id("unanswered-summary"), "Nothing waits");
        assertEquals(0, bot.bot().store().snapshot().entries().stream()
                .filter(e -> e.question().contains("量子")).count(), "dismissed without an entry");
        section("unanswered");
        waitForText(By.id("unanswered-summary"), "Nothing waits");
    }

    @Test
    void an_unanswered_question_becomes_a_new_entry() throws Exception {
        String asked = "Layotto 怎么接入 Dapr 的 API？";
        bot.postJson("/api/ask", "{\"text\":\"" + asked + "\"}");
        signIn();
        section("unanswered");
        WebElement card = find(By.cssSelector("#unanswered-list > li"));
        card.findElement(By.xpath(".//button[text()='New entry']")).click();
        browser.switchTo().activeElement().sendKeys("用 Layotto 的 Dapr 兼容 API。");
        new Select(card.findElement(By.tagName("select"))).selectByVisibleText("MOSN");
        card.findElement(By.xpath(".//button[text()='Create entry']")).click();
        waitForText(By.id("status"), "Created entry mosn-");
        assertEquals("ANSWER · Answers", tryIt(asked));
    }

    // import and history

    @Test
    void a_digest_file_is_imported_after_a_dry_run() throws Exception {
        Path digest = Path.of("faq", "digests", "sofa-weekly-qa.md").toAbsolutePath();
        int before = bot.bot().store().snapshot().entries().size();
        signIn();
        section("import");
        browser.findElement(By.id("import-files")).sendKeys(digest.toString());
        click(By.cssSelector("#import-files-form button[type=submit]"));
        waitForText(By.id("import-result-title"), "Dry run");
        String report = find(By.id("import-reports")).getText();
        assertTrue(report.contains("sofa-weekly-qa.md") && report.contains("Created: "), report);
        assertEquals(before, bot.bot().store().snapshot().entries().size(), "a dry run writes nothing");

        click(By.id("import-apply"));
        waitForText(By.id("import-result-title"), "Imported");
        waitForText(By.id("status"), "Imported 1 of 1");
        assertTrue(bot.bot().store().snapshot().entry("sofa-weekly-qa-1").isPresent());
        assertTrue(bot.bot().store().snapshot().entries().size() > before);
        assertFalse(browser.findElement(By.id("import-apply")).isDisplayed());
    }

    @Test
    void history_tells_what_each_version_changed_and_a_confirmed_rollback_restores_the_answer() throws Exception {
        String original = answerOf("mosn-k8s");
        bot.send("PUT", "/admin/entries/mosn-k8s", "{\"question\":\"" + K8S + "\",\"answer\":\"只支持 1.20。\",\"project\":\"MOSN\"}",
                "Authorization", "Bearer " + TOKEN, "Content-Type", "application/json");
        signIn();
        section("history");
        waitForText(By.id("history-summary"), "serves version 2");
        WebElement latest = find(By.cssSelector("#history-table tbody tr[data-version='2']"));
        assertTrue(latest.getText().contains("replace entry mosn-k8s") && latest.getText().contains("~1 changed"),
                latest.getText());
        latest.findElement(By.tagName("summary")).click();
        assertTrue(latest.getText().contains("mosn-k8s"));

        WebElement loaded = find(By.cssSelector("#history-table tbody tr[data-version='1']"));
        loaded.findElement(By.tagName("button")).click();
        waitForText(By.id("confirm-title"), "Roll back to version 1?");
        click(By.id("confirm-no"));
        assertEquals("只支持 1.20。", answerOf("mosn-k8s"), "cancelled: nothing rolled back");

        find(By.cssSelector("#history-table tbody tr[data-version='1'] button")).click();
        click(By.id("confirm-yes"));
        waitForText(By.id("status"), "Rolled back to version 1");
        assertEquals(original, answerOf("mosn-k8s"));
        waitForText(By.id("history-summary"), "serves version 3");
        assertTrue(find(By.cssSelector("#history-table tbody tr[data-version='3']")).getText().contains("rollback to 1"));
    }

    // safety, keyboard, layout

    @Test
    void entry_text_is_shown_as_text_and_never_runs() throws Exception {
        String question = "<script>document.title='pwned'</script> Holmes 怎么配置？";
        String answer = "<img src=x onerror=alert(1)> <b>not bold</b>";
        FaqFixtures.put(bot.bot().store(), new Entry("xss", question, List.of(), answer, "MOSN", null, null, null,
                List.of("<i>tag</i>"), null, null, null));
        signIn();
        type(By.id("entries-q"), "Holmes" + Keys.ENTER);
        WebElement link = find(By.cssSelector("#entries-table a[data-id='xss']"));
        assertEquals(question, link.getText());

        link.click();
        waitForText(By.id("entry-title"), "Entry xss");
        assertEquals(answer, find(By.id("entry-answer")).getAttribute("value"));
        assertEquals("<i>tag</i>", browser.findElement(By.id("entry-tags")).getAttribute("value"));

        tryIt(question);
        assertEquals(answer + "\n\nMOSN：https://github.com/mosn/mosn", reply());
        assertTrue(browser.findElement(By.id("try-candidates")).getText().contains(question));
        assertNoAlert();
        assertEquals("digestbot console", browser.getTitle());
        assertEquals(0L, script("return document.querySelectorAll('main img, main script, main b, main i').length"));
    }

    @Test
    void the_console_works_from_the_keyboard_alone() {
        open();
        assertEquals(browser.findElement(By.id("token")), browser.switchTo().activeElement(), "focus starts on the token");
        browser.switchTo().activeElement().sendKeys(TOKEN + Keys.ENTER);
        waitForText(By.id("entries-summary"), "entries");

        WebElement tryLink = browser.findElement(By.cssSelector("#nav a[data-section='try']"));
        for (int tabs = 0; tabs < 20 && !tryLink.equals(browser.switchTo().activeElement()); tabs++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        assertEquals(tryLink, browser.switchTo().activeElement(), "Try it is reached with Tab");
        tryLink.sendKeys(Keys.ENTER);
        waitForText(By.cssSelector("#nav a[aria-current=page]"), "Try it");
        assertEquals(browser.findElement(By.id("try-title")), browser.switchTo().activeElement(), "focus moves to the section");

        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(K8S + Keys.ENTER);
        waitForText(By.id("try-decision"), "ANSWER");
        assertTrue(reply().startsWith("没有限制"), reply());
    }

    @Test
    void the_console_is_usable_at_1280_by_800_and_at_phone_width() throws Exception {
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            browser.manage().window().setSize(size);
            signIn();
            for (String name : List.of("entries", "projects", "try", "unanswered", "import", "history")) {
                section(name);
                assertFalse((Boolean) script("return document.documentElement.scrollWidth > window.innerWidth"),
                        name + " scrolls sideways at " + size + ": " + script(WIDER_THAN_THE_WINDOW));
            }
            assertEquals("ANSWER · Answers", tryIt(K8S));
            WebElement add = browser.findElement(By.cssSelector("#try-candidates tbody tr button"));
            assertTrue(add.isDisplayed(), "the candidate's button at " + size);
            if (size.equals(DESKTOP)) {
                screenshot();
            }
            section("entries");
            click(By.cssSelector("#entries-table a[data-id='mosn-k8s']"));
            WebElement save = find(By.id("entry-save"));
            assertTrue(save.getRect().getX() + save.getRect().getWidth() <= ((Long) script("return window.innerWidth")),
                    "Save is on the screen at " + size);
            click(By.id("entry-save"));
            waitForText(By.id("status"), "Saved entry mosn-k8s");
            click(By.id("sign-out"));
        }
    }

    /**
     * Writes the README's screenshot when {@code -Dconsole.screenshot=PATH} asks for it: Try it at
     * 1280 pixels wide, the window made as tall as the page so the candidates show too.
     */
    private void screenshot() throws Exception {
        String target = System.getProperty("console.screenshot");
        if (target == null || target.isBlank()) {
            return;
        }
        tryIt("seata 的全局锁对应 mysql 什么锁");
        long chrome = (Long) script("return window.outerHeight - window.innerHeight");
        long page = (Long) script("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(DESKTOP.width, (int) Math.min(1600, page + chrome)));
        Path file = Path.of(target);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(DESKTOP);
    }
}

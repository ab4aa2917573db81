package nl.cursusschrift.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.Accounts;
import nl.cursusschrift.TestApp;
import nl.cursusschrift.account.Role;

/** What a learner on a phone needs from a page: the message in view, focus where it says, nothing sideways. */
final class PhoneChecks {
    private PhoneChecks() {
    }

    static void login(Page page, TestApp app, String email) {
        page.navigate(app.url("/inloggen"));
        page.fill("#f-email", email);
        page.fill("#f-password", Accounts.PASSWORD);
        page.click("main button:has-text('Inloggen')");
        page.waitForURL(url -> !url.contains("/inloggen"));
    }

    /** A learner for whom every step is open (the weekly pace stays when {@code allOpen} is false). */
    static String learner(TestApp app, String email, String name, String cohort, boolean allOpen) {
        String id = Accounts.user(app, Role.LEARNER, email, name, cohort);
        if (allOpen) app.app.database().write(h -> h.createUpdate("UPDATE app_user SET all_open = 1 WHERE id = :id").bind("id", id).execute());
        return id;
    }

    /** The element's top is on screen: a person sees it without scrolling. */
    static void assertInViewport(Page page, String selector) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) page.evalOnSelector(selector,
                "e => { const r = e.getBoundingClientRect(); return {top: r.top, bottom: r.bottom, height: innerHeight}; }");
        double top = ((Number) box.get("top")).doubleValue();
        double bottom = ((Number) box.get("bottom")).doubleValue();
        double height = ((Number) box.get("height")).doubleValue();
        assertTrue(top >= 0 && top < height && bottom > 0, selector + " is out of view: top " + top + ", bottom " + bottom + ", viewport " + height);
    }

    static String activeId(Page page) {
        return (String) page.evaluate("document.activeElement && document.activeElement.id");
    }

    static void assertFocused(Page page, String id) {
        assertEquals(id, activeId(page), "focus on " + page.url());
    }

    /** No sideways scrolling: the page is no wider than the phone. */
    static void assertNoSidewaysScroll(Page page) {
        int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        int viewport = ((Number) page.evaluate("window.innerWidth")).intValue();
        assertTrue(width <= viewport, page.url() + " is " + width + " px wide in a " + viewport + " px viewport");
    }

    /** The keys this browser keeps drafts under. */
    @SuppressWarnings("unchecked")
    static List<String> draftKeys(Page page) {
        return (List<String>) page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('cursusschrift:draft:'))");
    }

    static double height(Page page, String selector) {
        return ((Number) page.evalOnSelector(selector, "e => e.getBoundingClientRect().height")).doubleValue();
    }
}

package nl.cursusschrift;

import java.util.List;

/** Hostile input a learner or instructor might type; every page must show it as text. */
public final class XssPayloads {
    public static final List<String> ALL = List.of(
            "<script>alert('xss1')</script>",
            "<img src=x onerror=alert('xss2')>",
            "\"><svg onload=alert('xss3')>",
            "javascript:alert('xss4')",
            "'\"><iframe srcdoc=\"<script>alert('xss5')</script>\">",
            "<a href=\"javascript:alert('xss6')\">klik</a>",
            "</textarea><script>alert('xss7')</script>",
            "[klik hier](javascript:alert('xss8'))",
            "<details open ontoggle=alert('xss9')>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss10')>",
            "<svg><script>alert('xss11')</script></svg>",
            "${alert('xss12')} {{7*7}} <!-- -->",
            "<body onload=alert('xss13')>",
            "<input autofocus onfocus=alert('xss14')>");

    /** Finds anything a payload could have injected into a page. */
    public static final String INJECTED = "document.querySelectorAll('script:not([src]), img[src=x], svg[onload], iframe, details[ontoggle],"
            + " a[href^=javascript], body[onload], input[onfocus], mglyph').length";

    private XssPayloads() {
    }
}

package app.communityops.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.shared.UserFacingException;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkdownTest {

    /** Bodies that try to run code, in the disguises filter evasion cheat sheets list. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Hello <SCRIPT SRC=//evil.test/x.js></SCRIPT>",
            "<scr\u0000ipt>alert(1)</script>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](java\tscript:alert(1))",
            "[click](&#106;avascript:alert(1))",
            "[click](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:alert(1))",
            "[click](javascript%3Aalert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "![img](vbscript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "<body onload = alert(1)>",
            "<iframe src=\"https://evil.test\"></iframe>",
            "<object data=\"x.swf\"></object>",
            "<embed src=\"x.swf\">",
            "<div style=\"x\" onmouseover='alert(1)'>hover</div>"})
    void refusesActiveContent(String body) {
        assertThat(SafeMarkdown.isSafe(body)).as(body).isFalse();
        assertThatThrownBy(() -> SafeMarkdown.check(body, "body")).isInstanceOf(UserFacingException.class)
                .satisfies(error -> assertThat(((UserFacingException) error).field()).isEqualTo("body"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JAVASCRIPT:alert(1))",
            "![i](javascript:alert(1))",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "<a href=\"javascript:alert(1)\">x</a>",
            "[x](vbscript:msgbox)",
            "<svg><script>alert(1)</script></svg>",
            "<iframe src=\"https://evil.test\"></iframe>",
            "[x]: javascript:alert(1)\n\n[link][x]"})
    void rendersActiveContentInert(String body) {
        // Parsed as a browser would: escaped markup is text, so only real elements and attributes count.
        Document document = Jsoup.parseBodyFragment(SafeMarkdown.render(body));
        assertThat(document.select("script, iframe, svg, object, embed, style")).isEmpty();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue().toLowerCase(Locale.ROOT).strip();
                assertThat(attribute.getKey()).as(body).doesNotStartWith("on");
                assertThat(value).as(body).doesNotStartWith("javascript").doesNotStartWith("vbscript")
                        .doesNotStartWith("data:");
            }
        }
    }

    @Test
    void keepsOrdinaryMarkdownAndSafeLinks() {
        String body = "# 本周分享\n\n**Bold** and _em_, a list:\n\n- one\n- two\n\n[Docs](https://example.test/a?b=1)";
        assertThat(SafeMarkdown.isSafe(body)).isTrue();
        String html = SafeMarkdown.render(body);
        assertThat(html).startsWith("<div>").endsWith("</div>").contains("<h1>本周分享</h1>")
                .contains("<strong>Bold</strong>").contains("<li>one</li>")
                .contains("href=\"https://example.test/a?b=1\"").contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void ordinaryTextMentioningScriptsIsFine() {
        assertThat(SafeMarkdown.isSafe("We discussed JavaScript: closures and the onion model (on = off).")).isTrue();
        assertThat(SafeMarkdown.isSafe("Use `a < b` and x => y")).isTrue();
    }
}

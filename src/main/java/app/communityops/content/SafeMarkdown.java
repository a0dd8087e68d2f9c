package app.communityops.content;

import app.communityops.shared.UserFacingException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown that cannot run code in a reader's browser. Bodies that try (script tags, event handlers,
 * {@code javascript:} links, also when hidden behind entities, whitespace or percent-encoding) are refused on save
 * with a message; whatever is rendered is neutralised anyway, in two layers: commonmark escapes raw HTML and
 * drops links outside http, https and mailto, and the result is cleaned against an allow-list of tags.
 */
public final class SafeMarkdown {

    private static final List<String> REFUSED_TAGS = List.of("<script", "</script", "<iframe", "<object", "<embed");
    // A dangerous scheme where a link target starts: after "(", "<", "=", a quote, or a reference's "]:". Prose such
    // as "JavaScript: closures" is not a link and stays allowed.
    private static final Pattern SCRIPT_LINK = Pattern.compile(
            "[(<=\"'\\]:](?:(?:javascript|vbscript|livescript)(?::|%3a)|data:text/html)");
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[a-z!/][^>]*?[\\s/\"']on[a-z]+\\s*=");
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();
    private static final Safelist ALLOWED = Safelist.relaxed().addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private SafeMarkdown() {
    }

    /** Refuses a body that carries active content, naming the form field it belongs to. */
    public static void check(String body, String field) {
        if (!isSafe(body)) {
            throw new UserFacingException("content.error.unsafeBody", field);
        }
    }

    public static boolean isSafe(String body) {
        String decoded = org.jsoup.parser.Parser.unescapeEntities(body, false).toLowerCase(Locale.ROOT);
        // Browsers ignore whitespace and control characters inside a scheme: "java\tscript:" still runs.
        String squeezed = decoded.codePoints().filter(c -> c > 0x20 && !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return REFUSED_TAGS.stream().noneMatch(squeezed::contains) && !SCRIPT_LINK.matcher(squeezed).find()
                && !EVENT_HANDLER.matcher(decoded).find();
    }

    /** The body as HTML safe to insert into the page, inside one {@code div}. */
    public static String render(String markdown) {
        String html = RENDERER.render(PARSER.parse(markdown));
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return "<div>" + Jsoup.clean(html, "", ALLOWED, output) + "</div>";
    }
}

package app.communityops.notification;

import app.communityops.shared.MessageKey;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a message out in its recipient's language, as HTML and as plain text with the same content: the tenant's
 * name and logo at the top, the paragraphs, a button to the place in the console, and at the foot why the recipient
 * gets it, a one-click unsubscribe from its topic and the way to the mail settings (for a user of the console; a
 * message to someone without an account has neither). Every text is escaped; the logo
 * travels as an inline part ({@value #LOGO_CID}).
 */
@Component
class MailRenderer {

    static final String LOGO_CID = "brand-logo";
    static final String UNSUBSCRIBE_ROUTE = "unsubscribe";
    /** Where a mail client POSTs a one-click unsubscribe (RFC 8058), beside the page a person opens. */
    static final String ONE_CLICK_PATH = "mail/unsubscribe/";

    record Rendered(String subject, String html, String text) {
    }

    private final FeatureBundlesI18NProvider translations;
    private final MailSettings settings;

    MailRenderer(FeatureBundlesI18NProvider translations, MailSettings settings) {
        this.translations = translations;
        this.settings = settings;
    }

    Rendered render(OutgoingMail mail, Locale locale, MailBranding.Brand brand, @Nullable String unsubscribeToken,
                    boolean digest) {
        String topic = translations.getTranslation(digest ? "mail.topic.digest" : topicKey(mail.topic()), locale);
        return render(new Body(mail.subject(), mail.paragraphs(), mail.reason(), mail.link()), locale, brand,
                unsubscribeToken == null ? null : unsubscribeUrl(unsubscribeToken), topic, true);
    }

    /** A message to someone without an account: no unsubscribe, no way to settings they do not have. */
    Rendered render(AddressedMail mail, Locale locale, MailBranding.Brand brand) {
        return render(new Body(mail.subject(), mail.paragraphs(), mail.reason(), null), locale, brand, null, "",
                false);
    }

    private record Body(OutgoingMail.Text subject, List<OutgoingMail.Text> paragraphs, OutgoingMail.Text reason,
                        @Nullable String link) {
    }

    private Rendered render(Body mail, Locale locale, MailBranding.Brand brand, @Nullable String unsubscribe,
                            String topic, boolean user) {
        String subject = text(mail.subject(), locale);
        String reason = text(mail.reason(), locale);
        String link = mail.link() == null ? null : settings.absolute(mail.link());
        String preferences = settings.absolute(NotificationNavigation.SETTINGS_ROUTE);

        StringBuilder text = new StringBuilder();
        text.append(brand.name()).append("\n\n").append(subject).append("\n\n");
        StringBuilder paragraphs = new StringBuilder();
        for (OutgoingMail.Text paragraph : mail.paragraphs()) {
            String line = text(paragraph, locale);
            text.append(line).append("\n\n");
            paragraphs.append("<p style=\"margin:0 0 12px 0;\">").append(html(line).replace("\n", "<br>"))
                    .append("</p>");
        }
        String open = translations.getTranslation("mail.open", locale);
        if (link != null) {
            text.append(open).append(": ").append(link).append("\n\n");
        }
        text.append("-- \n").append(reason).append('\n');
        if (unsubscribe != null) {
            text.append(translations.getTranslation("mail.unsubscribe", locale, topic)).append(": ")
                    .append(unsubscribe).append('\n');
        }
        if (user) {
            text.append(translations.getTranslation("mail.preferences", locale)).append(": ").append(preferences)
                    .append('\n');
        }

        String logo = brand.logo() == null ? ""
                : "<img src=\"cid:" + LOGO_CID + "\" alt=\"\" height=\"40\" style=\"height:40px;max-width:200px;"
                        + "vertical-align:middle;margin-right:12px;\">";
        String button = link == null ? ""
                : "<p style=\"margin:20px 0;\"><a href=\"" + html(link) + "\" style=\"background:#1a5fb4;"
                        + "color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:6px;"
                        + "display:inline-block;\">" + html(open) + "</a></p>";
        String unsubscribeLine = unsubscribe == null ? ""
                : "<a href=\"" + html(unsubscribe) + "\" style=\"color:#555555;\">"
                        + html(translations.getTranslation("mail.unsubscribe", locale, topic)) + "</a> · ";
        String document = "<!DOCTYPE html><html lang=\"" + html(locale.toLanguageTag()) + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + html(subject) + "</title></head>"
                + "<body style=\"margin:0;padding:0;background:#f4f5f7;\">"
                + "<div style=\"max-width:600px;margin:0 auto;padding:16px;font-family:-apple-system,'Segoe UI',"
                + "'PingFang SC','Microsoft YaHei',Arial,sans-serif;font-size:15px;line-height:1.5;color:#1f2328;\">"
                + "<div style=\"padding:8px 0 16px 0;font-size:18px;font-weight:600;\">" + logo
                + "<span style=\"vertical-align:middle;\">" + html(brand.name()) + "</span></div>"
                + "<div style=\"background:#ffffff;border-radius:8px;padding:24px;\">"
                + "<h1 style=\"font-size:18px;margin:0 0 16px 0;\">" + html(subject) + "</h1>"
                + paragraphs + button + "</div>"
                + "<div style=\"padding:16px 4px;font-size:12px;color:#555555;\">"
                + "<p style=\"margin:0 0 8px 0;\">" + html(reason) + "</p>"
                + (user ? "<p style=\"margin:0;\">" + unsubscribeLine
                + "<a href=\"" + html(preferences) + "\" style=\"color:#555555;\">"
                + html(translations.getTranslation("mail.preferences", locale)) + "</a></p>" : "")
                + "</div></div></body></html>";
        return new Rendered(subject, document, text.toString());
    }

    String unsubscribeUrl(String token) {
        return settings.absolute(UNSUBSCRIBE_ROUTE + "/" + token);
    }

    String text(OutgoingMail.Text text, Locale locale) {
        Object[] arguments = text.arguments().toArray();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof MessageKey key) {
                arguments[i] = translations.getTranslation(key.key(), locale);
            }
        }
        return translations.getTranslation(text.key(), locale, arguments);
    }

    static String topicKey(NotificationTopic topic) {
        return "mail.topic." + topic.name();
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}

package app.communityops.join.ui;

import app.communityops.join.ApplicantForm;
import app.communityops.join.JoinImage;
import app.communityops.join.JoinNavigation;
import app.communityops.join.JoinPublicService;
import app.communityops.join.PublicJoinPage;
import app.communityops.shared.UserFacingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A community's public join page (/join/{token}): no sign-in and no app layout, laid out for a phone. It shows why
 * to join and the rules, then the screening policy's steps in order, the privacy notice to accept, and one submit;
 * the application is filed through screening like any other, and the applicant is sent to their status link.
 */
@Route(value = JoinNavigation.PUBLIC_ROUTE, autoLayout = false)
@AnonymousAllowed
public class JoinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final JoinPublicService join;
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final Map<UUID, TextArea> answers = new LinkedHashMap<>();
    private final TextField name = new TextField();
    private final TextField handle = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final TextField code = new TextField();
    private final TextField reference = new TextField();
    private final Checkbox consent = new Checkbox();
    private final Span consentError = new Span();
    private final Div problem = new Div();
    private @Nullable StandingCheck standingCheck;
    private String token = "";
    private String title = "";
    private Locale locale = Locale.ENGLISH;

    JoinView(JoinPublicService join) {
        this.join = join;
        setId("join-view");
        PublicPage.background(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        locale = PublicPage.language(event);
        removeAll();
        standingCheck = null;
        title = getTranslation("join.public.notOpenTitle");
        Optional<PublicJoinPage> page = join.open(token);
        add(page.map(this::form).orElseGet(this::notOpen));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Component notOpen() {
        Div card = PublicPage.card("join-not-open");
        card.add(PublicPage.switcher(JoinNavigation.publicPath(token), locale), PublicPage.heading(getTranslation(
                "join.public.notOpenTitle")), new Paragraph(getTranslation("join.error.notOpen")));
        return card;
    }

    private Component form(PublicJoinPage page) {
        title = page.communityName();
        Div card = PublicPage.card("join-page");
        H1 heading = PublicPage.heading(page.communityName());
        heading.setId("join-community");
        card.add(PublicPage.switcher(JoinNavigation.publicPath(token), locale), heading);
        addIfAny(card, PublicPage.section("join-value", getTranslation("join.public.why"), page.value().in(locale)));
        addIfAny(card, PublicPage.section("join-rules", getTranslation("join.public.rules"), page.rules().in(locale)));
        card.add(step(getTranslation("join.public.you")), you());
        PublicJoinPage.Steps steps = page.steps();
        if (steps.anyOne() && (steps.invitationCode() || steps.paidEntry() || !steps.questions().isEmpty())) {
            card.add(hint("join-any-one", getTranslation("join.public.anyOne")));
        }
        if (!steps.questions().isEmpty()) {
            card.add(step(getTranslation("join.public.questions")), questions(steps));
        }
        if (steps.invitationCode()) {
            code.setId("join-code");
            code.setLabel(getTranslation("join.public.code"));
            code.setMaxLength(32);
            code.setWidthFull();
            fields.put("invitationCode", code);
            card.add(step(getTranslation("join.public.codeStep")), code);
        }
        if (steps.standingCheck()) {
            standingCheck = new StandingCheck(join, token, locale, JoinView::clientAddress, email::setValue);
            card.add(step(getTranslation("join.public.standing")), hint("join-standing", standing(steps)),
                    standingCheck);
        }
        if (steps.paidEntry()) {
            card.add(step(getTranslation("join.public.fee")), fee(page));
        }
        card.add(step(getTranslation("join.public.privacy")), privacy(page));
        problem.setId("join-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        Button submit = new Button(getTranslation("join.public.submit"), click -> submit(page));
        submit.setId("join-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        submit.setDisableOnClick(true);
        card.add(problem, submit);
        return card;
    }

    private static void addIfAny(Div card, @Nullable Component section) {
        if (section != null) {
            card.add(section);
        }
    }

    private Component you() {
        name.setId("join-name");
        name.setLabel(getTranslation("join.public.name"));
        handle.setId("join-handle");
        handle.setLabel(getTranslation("join.public.handle"));
        handle.setHelperText(getTranslation("join.public.handleHelp"));
        phone.setId("join-phone");
        phone.setLabel(getTranslation("join.public.phone"));
        phone.getElement().setAttribute("inputmode", "tel");
        email.setId("join-email");
        email.setLabel(getTranslation("join.public.email"));
        name.setMaxLength(120);
        handle.setMaxLength(120);
        phone.setMaxLength(40);
        email.setMaxLength(254);
        Div you = new Div(name, handle, phone, email, hint("join-contact-help", getTranslation(
                "join.public.contactHelp")));
        you.getChildren().forEach(field -> field.getElement().getStyle().set("width", "100%"));
        fields.put("name", name);
        fields.put("handle", handle);
        fields.put("phone", phone);
        fields.put("email", email);
        return you;
    }

    private Component questions(PublicJoinPage.Steps steps) {
        Div questions = new Div();
        for (PublicJoinPage.Question question : steps.questions()) {
            // The question as a paragraph above the field: a label would cut a long question short.
            Paragraph asked = new Paragraph(question.label());
            asked.getStyle().set("margin", "var(--lumo-space-s) 0 0");
            TextArea answer = new TextArea();
            answer.setAriaLabel(question.label());
            answer.setId("join-answer-" + question.id());
            answer.setMaxLength(1000);
            answer.setWidthFull();
            answers.put(question.id(), answer);
            fields.put("answer." + question.id(), answer);
            questions.add(asked, answer);
        }
        return questions;
    }

    private String standing(PublicJoinPage.Steps steps) {
        String tier = steps.minTierName();
        BigDecimal purchase = steps.minPurchase();
        if (tier != null && purchase != null) {
            return getTranslation(steps.anyOne() ? "join.public.standingEither" : "join.public.standingBoth", tier,
                    money(purchase), steps.currency());
        }
        return tier != null ? getTranslation("join.public.standingTier", tier)
                : getTranslation("join.public.standingPurchase", money(purchase), steps.currency());
    }

    private Component fee(PublicJoinPage page) {
        Div fee = new Div();
        BigDecimal amount = page.steps().fee();
        Paragraph due = new Paragraph(getTranslation("join.public.feeAmount", money(amount), page.steps().currency()));
        due.setId("join-fee-amount");
        due.getStyle().set("font-weight", "600").set("margin", "0");
        fee.add(due);
        String instructions = page.payment().instructions().in(locale);
        if (instructions != null) {
            fee.add(PublicPage.text("join-payment-instructions", instructions));
        }
        if (page.payment().image()) {
            Image qr = new Image(paymentQr(), getTranslation("join.public.paymentQrAlt"));
            qr.setId("join-payment-qr");
            qr.getStyle().set("max-width", "220px").set("width", "100%").set("display", "block");
            fee.add(qr);
        }
        reference.setId("join-reference");
        reference.setLabel(getTranslation("join.public.reference"));
        reference.setHelperText(getTranslation("join.public.referenceHelp"));
        reference.setMaxLength(120);
        reference.setWidthFull();
        fields.put("paymentReference", reference);
        fee.add(reference);
        return fee;
    }

    private Component privacy(PublicJoinPage page) {
        String notice = page.privacy().in(locale);
        Details details = new Details(getTranslation("join.public.privacyRead", page.privacyVersion()),
                PublicPage.text("join-privacy-text", notice == null ? "" : notice));
        details.setId("join-privacy");
        details.setOpened(false);
        consent.setId("join-consent");
        consent.setLabel(getTranslation("join.public.consent"));
        consentError.setId("join-consent-error");
        consentError.getStyle().set("color", "var(--lumo-error-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        consentError.setVisible(false);
        return new Div(details, consent, consentError);
    }

    private DownloadHandler paymentQr() {
        JoinPublicService service = join;
        String link = token;
        return DownloadHandler.fromInputStream(event -> service.paymentQr(link)
                .map(JoinView::response).orElseGet(() -> DownloadResponse.error(404)));
    }

    static DownloadResponse response(JoinImage image) {
        return new DownloadResponse(new ByteArrayInputStream(image.bytes()), "qr", image.type(), image.bytes().length);
    }

    private void submit(PublicJoinPage page) {
        fields.values().forEach(field -> field.setInvalid(false));
        consentError.setVisible(false);
        problem.setVisible(false);
        ApplicantForm form = new ApplicantForm();
        form.setName(name.getValue());
        form.setHandle(handle.getValue());
        form.setPhone(phone.getValue());
        form.setEmail(email.getValue());
        answers.forEach((id, answer) -> form.getAnswers().put(id, answer.getValue()));
        form.setInvitationCode(code.getValue());
        form.setPaymentReference(reference.getValue());
        form.setStandingProof(standingCheck == null ? null : standingCheck.proof());
        form.setConsent(consent.getValue());
        form.setNoticeVersion(page.privacyVersion());
        form.setLocale(locale.toLanguageTag());
        try {
            String status = join.apply(token, form, clientAddress());
            // The query goes apart from the path: a path with "?" in it is refused by the router.
            getUI().ifPresent(ui -> ui.navigate(JoinNavigation.statusPath(status), new QueryParameters(Map.of(
                    PublicPage.LANG, List.of(locale.toLanguageTag()), "new", List.of("1")))));
        } catch (UserFacingException refused) {
            show(refused);
        } finally {
            findSubmit().ifPresent(button -> button.setEnabled(true));
        }
    }

    private static String clientAddress() {
        return Optional.ofNullable(VaadinSession.getCurrent()).map(session -> session.getBrowser().getAddress())
                .orElse("unknown");
    }

    private void show(UserFacingException refused) {
        String text = getTranslation(refused.messageKey(), refused.arguments());
        String field = refused.field();
        if ("consent".equals(field)) {
            consentError.setText(text);
            consentError.setVisible(true);
            return;
        }
        HasValidation target = field == null ? null : fields.get(field);
        if (target != null) {
            target.setErrorMessage(text);
            target.setInvalid(true);
            if (target instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
            }
            return;
        }
        problem.setText(text);
        problem.setVisible(true);
    }

    private Optional<Button> findSubmit() {
        return getChildren().flatMap(Component::getChildren).filter(Button.class::isInstance)
                .map(Button.class::cast).findFirst();
    }

    private static Component step(String text) {
        H2 heading = new H2(text);
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m) 0 0");
        return heading;
    }

    private static Component hint(String id, String text) {
        Paragraph hint = new Paragraph(text);
        hint.setId(id);
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "var(--lumo-space-xs) 0");
        return hint;
    }

    private static String money(@Nullable BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}

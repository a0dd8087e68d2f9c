package app.communityops.members.ui;

import app.communityops.members.MemberDetails;
import app.communityops.members.MemberHealthService;
import app.communityops.members.MemberFields;
import app.communityops.members.MembershipEvent;
import app.communityops.members.MembershipService;
import app.communityops.members.MembershipStatus;
import app.communityops.members.MembershipSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The selected member beside the grid: membership facts and screening evidence for everyone who reads the
 * community; the history only for staff, who may also edit the member. The member's fields come from the service
 * already stripped to what the user may read ({@link MemberFields}); a field the user may not read has no row here.
 */
class MemberSidePanel extends Div {

    private final MembershipService memberships;
    private final MemberHealthService health;
    private final MemberLookups lookups;
    private final boolean staff;
    private final MemberFields fields;
    private final Consumer<MemberDetails> onEdit;
    private ZoneId zone;
    private @Nullable UUID shown;

    MemberSidePanel(MembershipService memberships, MemberHealthService health, MemberLookups lookups, boolean staff,
                    MemberFields fields, ZoneId zone, Consumer<MemberDetails> onEdit) {
        this.memberships = memberships;
        this.health = health;
        this.lookups = lookups;
        this.staff = staff;
        this.fields = fields;
        this.zone = zone;
        this.onEdit = onEdit;
        setId("member-panel");
        getStyle().set("flex", "0 0 24rem").set("max-width", "100%").set("overflow", "auto")
                .set("padding", "var(--lumo-space-m)").set("border-left", "1px solid var(--lumo-contrast-10pct)")
                .set("box-sizing", "border-box");
        setVisible(false);
    }

    void useZone(ZoneId newZone) {
        this.zone = newZone;
    }

    @Nullable UUID shown() {
        return shown;
    }

    void show(UUID membershipId) {
        MembershipSummary membership = memberships.find(membershipId).orElse(null);
        removeAll();
        if (membership == null) {
            close();
            return;
        }
        shown = membershipId;
        H3 title = new H3(membership.memberName());
        title.setId("member-panel-name");
        title.getStyle().set("margin", "0").set("flex", "1");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> close());
        close.setId("member-panel-close");
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.setAriaLabel(getTranslation("action.close"));
        Div heading = new Div(title);
        heading.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        MemberDetails details = memberships.member(membershipId).orElse(null);
        if (details != null && staff) {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    event -> onEdit.accept(details));
            edit.setId("member-panel-edit");
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            heading.add(edit);
        }
        heading.add(close);
        add(heading, MemberLabels.statusBadge(this, membership.status()), membershipFacts(membership));
        if (membership.status() == MembershipStatus.JOINED) {
            // Health is kept for joined members only.
            add(section("health.panel.title"), new MemberHealthSection(health.health(membershipId), zone));
        }
        if (details != null) {
            add(section("member.panel.details"), memberFacts(details));
        }
        add(section("member.panel.evidence"), evidence(membership));
        if (staff) {
            add(section("member.panel.history"), history(memberships.history(membershipId)));
        }
        setVisible(true);
    }

    void close() {
        shown = null;
        removeAll();
        setVisible(false);
    }

    private Component membershipFacts(MembershipSummary m) {
        return facts(
                contact(fact("member.field.handle", text(m.memberHandle()))),
                fact("member.field.channel", lookups.channel(m.channelId())),
                fact("member.field.tier", lookups.tier(m.tierId())),
                fact("member.field.tags", String.join(", ", m.tags())),
                fact("membership.field.applied", MemberLabels.dateTime(m.appliedAt(), zone, getLocale())),
                fact("membership.field.decided", MemberLabels.dateTime(m.decidedAt(), zone, getLocale())),
                contact(fact("membership.field.decisionReason", text(m.decisionReason()))),
                fact("membership.field.joined", MemberLabels.dateTime(m.joinedAt(), zone, getLocale())),
                fact("membership.field.left", MemberLabels.dateTime(m.leftAt(), zone, getLocale())),
                fact("membership.field.lastActive", MemberLabels.dateTime(m.lastActiveAt(), zone, getLocale())),
                fact("membership.field.level", String.valueOf(m.level())),
                fact("membership.field.warnings", String.valueOf(m.warningCount())));
    }

    private Component memberFacts(MemberDetails d) {
        BigDecimal purchase = d.lifetimePurchase();
        return facts(
                fact("member.field.nickname", text(d.nickname())),
                contact(fact("member.field.phone", text(d.phone()))),
                contact(fact("member.field.email", text(d.email()))),
                money(fact("member.field.lifetimePurchase", purchase == null || purchase.signum() == 0 ? ""
                        : purchase.toPlainString())),
                contact(fact("member.field.notes", text(d.notes()))));
    }

    private Component evidence(MembershipSummary m) {
        return facts(
                fact("membership.field.mechanisms", MemberLabels.mechanisms(this, lookups.ordered(m.mechanisms()))),
                money(fact("membership.field.paymentReference", text(m.paymentReference()))),
                fact("membership.field.invitationCode", m.invitationCodeId() == null ? ""
                        : getTranslation("membership.field.invitationCodeUsed")),
                contact(fact("membership.field.answers", text(m.answers()))),
                fact("membership.field.conditions", m.checkedConditionIds().isEmpty() ? ""
                        : String.valueOf(m.checkedConditionIds().size())));
    }

    private Component history(List<MembershipEvent> events) {
        UnorderedList list = new UnorderedList();
        list.setId("member-panel-history");
        list.getStyle().set("padding-left", "var(--lumo-space-m)").set("margin", "0");
        if (events.isEmpty()) {
            list.add(new ListItem(getTranslation("member.panel.noHistory")));
        }
        for (MembershipEvent event : events) {
            StringBuilder line = new StringBuilder(MemberLabels.dateTime(event.occurredAt(), zone, getLocale()))
                    .append(" · ").append(MemberLabels.event(this, event.type()));
            if (event.actorName() != null) {
                line.append(" · ").append(event.actorName());
            }
            ListItem item = new ListItem(line.toString());
            if (event.reason() != null || event.redLine() != null) {
                Span why = new Span(joinNonNull(event.reason(), event.redLine()));
                why.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)");
                item.add(why);
            }
            list.add(item);
        }
        return list;
    }

    private Component section(String key) {
        H4 heading = new H4(getTranslation(key));
        heading.getStyle().set("margin", "var(--lumo-space-m) 0 var(--lumo-space-xs)");
        return heading;
    }

    private @Nullable Component contact(Component fact) {
        return fields.contact() ? fact : null;
    }

    private @Nullable Component money(Component fact) {
        return fields.money() ? fact : null;
    }

    private static Component facts(@Nullable Component... facts) {
        Div list = new Div(Arrays.stream(facts).filter(Objects::nonNull).toArray(Component[]::new));
        list.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("margin-top", "var(--lumo-space-s)");
        return list;
    }

    private Component fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span text = new Span(value.isEmpty() ? "—" : value);
        text.getStyle().set("word-break", "break-word");
        Div pair = new Div(label, text);
        pair.getStyle().set("display", "contents");
        return pair;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String joinNonNull(@Nullable String first, @Nullable String second) {
        if (first == null) {
            return text(second);
        }
        return second == null ? first : first + " · " + second;
    }
}

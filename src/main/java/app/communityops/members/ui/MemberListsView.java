package app.communityops.members.ui;

import app.communityops.members.AcquisitionChannelForm;
import app.communityops.members.AcquisitionChannelSummary;
import app.communityops.members.MemberListService;
import app.communityops.members.MemberTierForm;
import app.communityops.members.MemberTierSummary;
import app.communityops.members.MembersNavigation;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * The tenant admin's member tiers and acquisition channels: add, rename, and delete what no member uses. Operators
 * and clients read the lists in the members screens' filters and forms.
 */
@Route(MembersNavigation.LISTS_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "members.lists.menu", order = 90, icon = "SLIDERS")
@NavGroup(NavArea.CUSTOM)
public class MemberListsView extends VerticalLayout implements HasDynamicTitle {

    private final MemberListService lists;
    private final Grid<MemberTierSummary> tiers = new Grid<>();
    private final Grid<AcquisitionChannelSummary> channels = new Grid<>();

    MemberListsView(MemberListService lists) {
        this.lists = lists;
        setId("member-lists");
        add(new Paragraph(getTranslation("members.lists.intro")));
        Div columns = new Div(tierSection(), channelSection());
        columns.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(22rem, 1fr))")
                .set("gap", "var(--lumo-space-l)").set("width", "100%");
        add(columns);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.lists.title");
    }

    private Component tierSection() {
        tiers.setId("tiers-grid");
        tiers.setAllRowsVisible(true);
        tiers.addColumn(MemberTierSummary::rank).setHeader(getTranslation("members.lists.rank")).setAutoWidth(true)
                .setFlexGrow(0);
        tiers.addColumn(MemberTierSummary::name).setHeader(getTranslation("members.lists.name")).setFlexGrow(1);
        tiers.addComponentColumn(tier -> actions("tier", tier.id().toString(), tier.name(),
                () -> openTier(tier), () -> lists.deleteTier(tier.id()))).setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        tiers.setEmptyStateText(getTranslation("members.lists.noTiers"));
        return section("members.lists.tiers", "members.lists.tiersHelp", "add-tier", () -> openTier(null), tiers);
    }

    private Component channelSection() {
        channels.setId("channels-grid");
        channels.setAllRowsVisible(true);
        channels.addColumn(AcquisitionChannelSummary::name).setHeader(getTranslation("members.lists.name"))
                .setFlexGrow(1);
        channels.addComponentColumn(channel -> actions("channel", channel.id().toString(), channel.name(),
                () -> openChannel(channel), () -> lists.deleteChannel(channel.id()))).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        channels.setEmptyStateText(getTranslation("members.lists.noChannels"));
        return section("members.lists.channels", "members.lists.channelsHelp", "add-channel",
                () -> openChannel(null), channels);
    }

    private Component section(String titleKey, String helpKey, String addId, Runnable add, Grid<?> grid) {
        Button addButton = new Button(getTranslation("members.lists.add"), VaadinIcon.PLUS.create(), e -> add.run());
        addButton.setId(addId);
        H3 title = new H3(getTranslation(titleKey));
        title.getStyle().set("margin", "0").set("flex", "1");
        Div heading = new Div(title, addButton);
        heading.getStyle().set("display", "flex").set("align-items", "center");
        Span help = new Span(getTranslation(helpKey));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div section = new Div(heading, help, grid);
        section.addClassName("area-card");
        return section;
    }

    private Component actions(String kind, String id, String name, Runnable edit, Runnable delete) {
        Button rename = new Button(VaadinIcon.EDIT.create(), event -> edit.run());
        rename.setId("edit-" + kind + "-" + id);
        rename.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        rename.setAriaLabel(getTranslation("action.edit") + " " + name);
        Button remove = new Button(VaadinIcon.TRASH.create(), event -> Confirm.danger(
                getTranslation("members.lists.deleteTitle", name), getTranslation("members.lists.deleteText"),
                getTranslation("members.lists.delete"), () -> {
                    try {
                        delete.run();
                        Notifications.success(getTranslation("members.lists.deleted", name));
                        refresh();
                    } catch (UserFacingException refusal) {
                        Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
                    }
                }));
        remove.setId("delete-" + kind + "-" + id);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("members.lists.delete") + " " + name);
        return new Div(rename, remove);
    }

    private void openTier(@Nullable MemberTierSummary tier) {
        MemberTierForm form = tier == null ? new MemberTierForm() : MemberTierForm.of(tier);
        if (tier == null) {
            form.setRank(lists.tiers().stream().mapToInt(MemberTierSummary::rank).max().orElse(0) + 1);
        }
        new ListEntryDialog<>(MemberTierForm.class, form, true, tier == null ? "members.lists.newTier"
                : "members.lists.editTier", saved -> {
            if (tier == null) {
                lists.createTier(saved);
            } else {
                lists.updateTier(tier.id(), tier.version(), saved);
            }
        }, afterSave()).open();
    }

    private void openChannel(@Nullable AcquisitionChannelSummary channel) {
        AcquisitionChannelForm form = channel == null ? new AcquisitionChannelForm()
                : AcquisitionChannelForm.of(channel.name());
        new ListEntryDialog<>(AcquisitionChannelForm.class, form, false, channel == null ? "members.lists.newChannel"
                : "members.lists.editChannel", saved -> {
            if (channel == null) {
                lists.createChannel(saved);
            } else {
                lists.updateChannel(channel.id(), channel.version(), saved);
            }
        }, afterSave()).open();
    }

    private Runnable afterSave() {
        return () -> {
            Notifications.success(getTranslation("members.lists.saved"));
            refresh();
        };
    }

    private void refresh() {
        tiers.setItems(lists.tiers());
        channels.setItems(lists.channels());
    }
}

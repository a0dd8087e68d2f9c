package app.communityops.join.ui;

import app.communityops.join.JoinLinkDetails;
import app.communityops.join.JoinLinkService;
import app.communityops.join.JoinNavigation;
import app.communityops.members.AcquisitionChannelSummary;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A community's channel links: one per acquisition channel or campaign, each with its address, its QR code to
 * download as PNG or SVG, and how many applied, were approved and joined through it.
 */
class LinksPanel extends VerticalLayout {

    private final JoinLinkService links;
    private final UUID communityId;
    private final ComboBox<AcquisitionChannelSummary> channel = new ComboBox<>();
    private final TextField campaign = new TextField();
    private final Grid<JoinLinkDetails> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    LinksPanel(JoinLinkService links, UUID communityId) {
        this.links = links;
        this.communityId = communityId;
        setId("join-links");
        setPadding(false);
        channel.setId("join-link-channel");
        channel.setLabel(getTranslation("join.link.channel"));
        channel.setItems(links.channels());
        channel.setItemLabelGenerator(AcquisitionChannelSummary::name);
        channel.setClearButtonVisible(true);
        campaign.setId("join-link-campaign");
        campaign.setLabel(getTranslation("join.link.campaign"));
        campaign.setMaxLength(120);
        Button create = new Button(getTranslation("join.link.create"), click -> create());
        create.setId("join-link-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(channel, campaign, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        empty.setId("join-links-empty");
        empty.setText(getTranslation("join.link.empty"));
        configureGrid();
        add(form, empty, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("join-links-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::source).setHeader(getTranslation("join.link.source")).setFlexGrow(1);
        grid.addComponentColumn(this::address).setHeader(getTranslation("join.link.address")).setFlexGrow(1);
        grid.addColumn(JoinLinkDetails::applications).setHeader(getTranslation("join.link.applications"))
                .setAutoWidth(true);
        grid.addColumn(JoinLinkDetails::approved).setHeader(getTranslation("join.link.approved")).setAutoWidth(true);
        grid.addColumn(JoinLinkDetails::joined).setHeader(getTranslation("join.link.joined")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
    }

    /** The campaign over its channel, so a long channel name does not push the actions out of sight. */
    private Component source(JoinLinkDetails link) {
        Div source = new Div();
        if (link.campaign() != null) {
            source.add(new Div(link.campaign()));
        }
        if (link.channelName() != null) {
            Div channelName = new Div(link.channelName());
            channelName.getStyle().set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            source.add(channelName);
        }
        source.getStyle().set("white-space", "normal");
        return source;
    }

    private Component address(JoinLinkDetails link) {
        if (link.archived()) {
            Span archived = new Span(getTranslation("join.link.archived"));
            archived.getElement().getThemeList().add("badge contrast");
            return archived;
        }
        String url = links.url(link.id());
        Anchor open = new Anchor(url, JoinNavigation.PUBLIC_PREFIX + link.token());
        open.setTarget("_blank");
        open.setId("join-link-url-" + link.id());
        return open;
    }

    private Component actions(JoinLinkDetails link) {
        if (link.archived()) {
            return new Div();
        }
        JoinLinkService service = links;
        UUID id = link.id();
        String name = "join-" + (link.campaign() != null ? link.campaign() : link.token()).replaceAll("[^\\p{L}\\p{N}]+",
                "-");
        Anchor png = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = service.qrPng(id);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name + ".png", "image/png", bytes.length);
        }), "PNG");
        png.setId("join-link-png-" + id);
        png.getElement().setAttribute("download", true);
        Anchor svg = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = service.qrSvg(id).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name + ".svg", "image/svg+xml",
                    bytes.length);
        }), "SVG");
        svg.setId("join-link-svg-" + id);
        svg.getElement().setAttribute("download", true);
        Button archive = new Button(getTranslation("join.link.archive"), click -> Confirm.danger(
                getTranslation("join.link.archiveTitle"), getTranslation("join.link.archiveText"),
                getTranslation("join.link.archive"), () -> archive(id)));
        archive.setId("join-link-archive-" + id);
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(png, svg, archive);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private void create() {
        channel.setInvalid(false);
        campaign.setInvalid(false);
        AcquisitionChannelSummary chosen = channel.getValue();
        try {
            links.create(communityId, chosen == null ? null : chosen.id(), campaign.getValue());
            channel.clear();
            campaign.clear();
            Notifications.success(getTranslation("join.link.created"));
            refresh();
        } catch (UserFacingException refused) {
            FormErrors.show(refused, Map.of("channelId", channel, "campaign", campaign));
        }
    }

    private void archive(UUID id) {
        links.archive(id);
        Notifications.success(getTranslation("join.link.archivedDone"));
        refresh();
    }

    private void refresh() {
        List<JoinLinkDetails> shown = links.links(communityId);
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
    }
}

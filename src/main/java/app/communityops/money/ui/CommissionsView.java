package app.communityops.money.ui;

import app.communityops.money.CommissionLine;
import app.communityops.money.CommissionService;
import app.communityops.money.MoneyNavigation;
import app.communityops.money.OfferType;
import app.communityops.money.PartnerForm;
import app.communityops.money.PartnerKind;
import app.communityops.money.PartnerSummary;
import app.communityops.money.OfferService;
import app.communityops.shared.Roles;
import app.communityops.shared.UserFacingException;
import app.communityops.shared.ui.Confirm;
import app.communityops.shared.ui.FormErrors;
import app.communityops.shared.ui.NavArea;
import app.communityops.shared.ui.NavGroup;
import app.communityops.shared.ui.Notifications;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Partners, their rates per offer type and per offer, and the commission they are owed per month; a past month is settled after a
 * confirmation and stays frozen.
 */
@Route(MoneyNavigation.COMMISSIONS_ROUTE)
@RolesAllowed(Roles.TENANT_ADMIN)
@Menu(title = "money.commissions.title", order = 30, icon = "HANDSHAKE")
@NavGroup(NavArea.MONEY)
class CommissionsView extends VerticalLayout implements HasDynamicTitle {

    private final CommissionService commissions;
    private final Grid<PartnerSummary> partners = new Grid<>();
    private final Grid<CommissionLine> lines = new Grid<>();
    private final ZoneId zone;
    private final OfferRatesPanel offerRates;
    private final TenantZone zones;

    CommissionsView(CommissionService commissions, OfferService offers, TenantZone zones) {
        this.commissions = commissions;
        this.zone = zones.current();
        this.zones = zones;
        this.offerRates = new OfferRatesPanel(commissions, offers.list(), this::refresh);
        setId("commissions-view");
        partners.setId("partners-grid");
        partners.addColumn(PartnerSummary::name).setKey("name").setHeader(getTranslation("money.partner.name"));
        partners.addColumn(p -> getTranslation("money.partner.kind." + p.kind().name())).setKey("kind")
                .setHeader(getTranslation("money.partner.kind"));
        partners.addColumn(PartnerSummary::rates).setKey("rates").setHeader(getTranslation("money.partner.rates"))
                .setFlexGrow(3);
        partners.setAllRowsVisible(true);
        partners.asSingleSelect().addValueChangeListener(event -> offerRates.show(event.getValue()));
        partners.setEmptyStateText(getTranslation("money.partner.empty"));
        lines.setId("commission-grid");
        lines.addColumn(line -> line.month().toString()).setKey("month").setHeader(getTranslation("money.commission.month"));
        lines.addColumn(CommissionLine::partnerName).setKey("partner").setHeader(getTranslation("money.partner.name"));
        lines.addColumn(line -> MoneyLabels.amounts(line.owed())).setKey("owed")
                .setHeader(getTranslation("money.commission.owed")).setFlexGrow(2)
                .setTooltipGenerator(line -> getTranslation("money.commission.help"));
        lines.addComponentColumn(this::settleCell).setKey("settled").setHeader(getTranslation("money.commission.settled"))
                .setAutoWidth(true);
        lines.setAllRowsVisible(true);
        lines.setEmptyStateText(getTranslation("money.commission.empty"));
        add(partnerBar(), partners, rateBar(offers), offerRates, new H3(getTranslation("money.commission.byMonth")), lines);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("money.commissions.title");
    }

    private HorizontalLayout partnerBar() {
        TextField name = new TextField(getTranslation("money.partner.name"));
        name.setId("partner-name");
        Select<PartnerKind> kind = new Select<>();
        kind.setId("partner-kind");
        kind.setLabel(getTranslation("money.partner.kind"));
        kind.setItems(PartnerKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("money.partner.kind." + k.name()));
        kind.setValue(PartnerKind.PERSON);
        Button add = new Button(getTranslation("money.partner.add"), click -> {
            try {
                commissions.createPartner(PartnerForm.of(name.getValue(), kind.getValue()));
                name.clear();
                refresh();
            } catch (UserFacingException refusal) {
                FormErrors.show(refusal, Map.of("name", name));
            }
        });
        add.setId("partner-add");
        HorizontalLayout bar = new HorizontalLayout(name, kind, add);
        bar.setAlignItems(Alignment.BASELINE);
        return bar;
    }

    private HorizontalLayout rateBar(OfferService offers) {
        Select<OfferType> type = new Select<>();
        type.setId("rate-type");
        type.setLabel(getTranslation("money.offer.type"));
        type.setItems(OfferType.values());
        type.setItemLabelGenerator(t -> getTranslation("money.offer.type." + t.name()));
        BigDecimalField percent = new BigDecimalField(getTranslation("money.commission.percent"));
        percent.setId("rate-percent");
        Button set = new Button(getTranslation("money.commission.setRate"), click -> {
            PartnerSummary partner = partners.asSingleSelect().getValue();
            if (partner == null || type.getValue() == null || percent.getValue() == null) {
                Notifications.error(getTranslation("money.commission.pickFirst"));
                return;
            }
            try {
                commissions.setRate(partner.id(), type.getValue(), null,
                        percent.getValue().movePointLeft(2).stripTrailingZeros());
                refresh();
            } catch (UserFacingException refusal) {
                FormErrors.show(refusal, Map.of("rate", percent));
            }
        });
        set.setId("rate-set");
        HorizontalLayout bar = new HorizontalLayout(type, percent, set);
        bar.setAlignItems(Alignment.BASELINE);
        return bar;
    }

    private com.vaadin.flow.component.Component settleCell(CommissionLine line) {
        if (line.settled()) {
            return new com.vaadin.flow.component.html.Span(getTranslation("money.commission.settledBy",
                    line.settledBy(), line.settledAt() == null ? "" : MoneyLabels.dateTime(line.settledAt(), zone)));
        }
        Button settle = new Button(getTranslation("money.commission.settle"), click -> Confirm.danger(
                getTranslation("money.commission.settle"),
                getTranslation("money.commission.settleConfirm", line.partnerName(), line.month().toString()),
                getTranslation("money.commission.settle"), () -> {
                    try {
                        commissions.settle(line.partnerId(), line.month());
                        refresh();
                    } catch (UserFacingException refusal) {
                        FormErrors.show(refusal, Map.of());
                    }
                }));
        settle.setId("settle-" + line.partnerId() + "-" + line.month());
        settle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        settle.setEnabled(line.month().isBefore(YearMonth.now(zone)));
        return settle;
    }

    private void refresh() {
        PartnerSummary selected = partners.asSingleSelect().getValue();
        List<PartnerSummary> all = commissions.partners();
        partners.setItems(all);
        // The rates text changed, so the selected row is a new record: select it again by id.
        if (selected != null) {
            all.stream().filter(p -> p.id().equals(selected.id())).findFirst().ifPresent(partners::select);
        }
        YearMonth now = YearMonth.now(zone);
        lines.setItems(commissions.owed(now.minusMonths(11), now));
    }
}

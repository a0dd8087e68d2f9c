package app.communityops.money.io.ui;

import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.money.io.MoneyIoNavigation;
import app.communityops.money.io.OrderImportService;
import app.communityops.shared.Roles;
import app.communityops.shared.csv.ui.CsvImportPage;
import app.communityops.shared.csv.ui.ImportWorkers;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** CSV import of a community's orders: upload, check or import on a worker thread, problems with a report. */
@Route(MoneyIoNavigation.IMPORT_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
class OrderImportView extends CsvImportPage {

    static final int MAX_FILE_MEGABYTES = 20;

    private final CommunityService communities;
    private final OrderImportService imports;
    private final TenantZone zones;

    OrderImportView(CommunityService communities, OrderImportService imports,
                    ImportWorkers workers, FeatureBundlesI18NProvider translations, TenantZone zones) {
        super("order-import", "money.io", MAX_FILE_MEGABYTES, "order-import-problems.csv",
                workers, translations);
        this.communities = communities;
        this.imports = imports;
        this.zones = zones;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CommunitySummary community = CommunityPage.writable(event, communities);
        show(community.name(), MoneyIoNavigation.moneyPath(community.id()),
                (file, write, progress) -> write ? imports.importFile(community.id(), file, progress)
                        : imports.check(community.id(), file, progress),
                zones.current().getId());
    }
}

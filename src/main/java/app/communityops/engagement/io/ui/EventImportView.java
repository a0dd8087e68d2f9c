package app.communityops.engagement.io.ui;

import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.engagement.io.EngagementIoNavigation;
import app.communityops.engagement.io.EventImportService;
import app.communityops.shared.Roles;
import app.communityops.shared.csv.ui.CsvImportPage;
import app.communityops.shared.csv.ui.ImportWorkers;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import app.communityops.tenancy.TenantZone;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** CSV import of a community's engagement events: upload, check or import on a worker thread, problems with a report. */
@Route(EngagementIoNavigation.IMPORT_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
class EventImportView extends CsvImportPage {

    /** A million events of about 80 bytes each, with room for longer references. */
    static final int MAX_FILE_MEGABYTES = 200;

    private final CommunityService communities;
    private final EventImportService imports;
    private final TenantZone zones;

    EventImportView(CommunityService communities, EventImportService imports, ImportWorkers workers,
                    FeatureBundlesI18NProvider translations, TenantZone zones) {
        super("event-import", "engagement.io", MAX_FILE_MEGABYTES, "event-import-problems.csv",
                workers, translations);
        this.communities = communities;
        this.imports = imports;
        this.zones = zones;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CommunitySummary community = CommunityPage.writable(event, communities);
        show(community.name(), EngagementIoNavigation.membersPath(community.id()),
                (file, write, progress) -> write ? imports.importFile(community.id(), file, progress)
                        : imports.check(community.id(), file, progress),
                zones.current().getId());
    }
}

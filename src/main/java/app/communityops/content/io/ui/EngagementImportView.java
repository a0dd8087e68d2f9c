package app.communityops.content.io.ui;

import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.content.io.ContentIoNavigation;
import app.communityops.content.io.EngagementImportService;
import app.communityops.shared.Roles;
import app.communityops.shared.csv.ui.CsvImportPage;
import app.communityops.shared.csv.ui.ImportWorkers;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** CSV import of the engagement figures of a community's published items. */
@Route(ContentIoNavigation.IMPORT_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
class EngagementImportView extends CsvImportPage {

    static final int MAX_FILE_MEGABYTES = 5;

    private final CommunityService communities;
    private final EngagementImportService imports;

    EngagementImportView(CommunityService communities, EngagementImportService imports,
                         ImportWorkers workers, FeatureBundlesI18NProvider translations) {
        super("engagement-import", "content.io", MAX_FILE_MEGABYTES, "engagement-import-problems.csv",
                workers, translations);
        this.communities = communities;
        this.imports = imports;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CommunitySummary community = CommunityPage.writable(event, communities);
        show(community.name(), ContentIoNavigation.listPath(community.id()),
                (file, write, progress) -> write ? imports.importFile(community.id(), file, progress)
                        : imports.check(community.id(), file, progress));
    }
}

package app.communityops.money.io.ui;

import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.money.OfferService;
import app.communityops.money.io.MoneyIoNavigation;
import app.communityops.money.io.OrderImportService;
import app.communityops.shared.Ids;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.csv.ui.CsvImportPanel;
import app.communityops.shared.csv.ui.ImportWorkers;
import app.communityops.shared.csv.ui.Styles;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** CSV import of a community's orders: upload, check or import on a worker thread, problems with a report. */
@Route(MoneyIoNavigation.IMPORT_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
class OrderImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_FILE_MEGABYTES = 20;

    private final CommunityService communities;
    private final OrderImportService imports;
    private final OfferService offers;
    private final ImportWorkers workers;
    private final FeatureBundlesI18NProvider translations;
    private @Nullable CsvImportPanel panel;

    OrderImportView(CommunityService communities, OrderImportService imports, OfferService offers,
                    ImportWorkers workers, FeatureBundlesI18NProvider translations) {
        this.communities = communities;
        this.imports = imports;
        this.offers = offers;
        this.workers = workers;
        this.translations = translations;
        setId("order-import");
        getStyle().set("max-width", "72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CommunitySummary community = communities.writable(event.getRouteParameters().get("communityId")
                .flatMap(Ids::parse).orElseThrow(NotFoundException::new));
        removeAll();
        H2 title = new H2(getTranslation("money.io.titleFor", community.name()));
        title.setId("import-title");
        Anchor back = new Anchor(MoneyIoNavigation.moneyPath(community.id()), getTranslation("money.io.back"));
        back.setId("import-back");
        Paragraph intro = new Paragraph(getTranslation("money.io.intro", offers.zone().getId()));
        Styles.secondary(intro);
        panel = new CsvImportPanel(workers, translations, MAX_FILE_MEGABYTES, "money.io.step.",
                "order-import-problems.csv",
                (file, write, progress) -> write ? imports.importFile(community.id(), file, progress)
                        : imports.check(community.id(), file, progress),
                (outcome, imported) -> getTranslation(imported ? "money.io.done" : "money.io.valid", outcome.rows(),
                        outcome.written(), outcome.skipped()));
        add(back, title, intro, panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("money.io.title");
    }

    /** The work in progress or last finished, for tests that must wait for it without sleeping. */
    CompletableFuture<?> work() {
        return panel == null ? CompletableFuture.completedFuture(null) : panel.work();
    }
}

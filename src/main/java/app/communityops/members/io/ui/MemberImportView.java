package app.communityops.members.io.ui;

import app.communityops.community.CommunityPage;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.members.io.ImportOutcome;
import app.communityops.members.io.ImportPreview;
import app.communityops.members.io.ImportSettings;
import app.communityops.members.io.MemberImportService;
import app.communityops.members.io.MemberIoNavigation;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.Roles;
import app.communityops.shared.csv.CsvDelimiter;
import app.communityops.shared.csv.CsvEncoding;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.shared.csv.ui.CsvUpload;
import app.communityops.shared.csv.ui.ImportFailures;
import app.communityops.shared.csv.ui.ImportWorkers;
import app.communityops.shared.csv.ui.ProblemsPanel;
import app.communityops.shared.csv.ui.ProgressPanel;
import app.communityops.shared.csv.ui.UploadedFile;
import app.communityops.shared.csv.ui.Styles;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CSV import of members into one community: upload, check how the file is read (encoding, delimiter, which column
 * fills which field, the first rows), then check or import. Reading and importing run on a worker thread while the
 * page polls for progress, so the UI never freezes; a refused file lists every problem and offers them as a CSV.
 */
@Route(MemberIoNavigation.IMPORT_ROUTE)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.OPERATOR})
class MemberImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_FILE_MEGABYTES = 50;
    private static final Logger log = LoggerFactory.getLogger(MemberImportView.class);
    private static final int POLL_MILLIS = 500;

    private final CommunityService communities;
    private final MemberImportService imports;
    private final ImportWorkers workers;
    private final FeatureBundlesI18NProvider translations;

    private final H2 title = new H2();
    private final Upload upload = new Upload();
    private final Select<CsvEncoding> encoding = new Select<>();
    private final Select<CsvDelimiter> delimiter = new Select<>();
    private final Div fileSection = new Div();
    private final Span fileName = new Span();
    private final Button check = new Button();
    private final Button start = new Button();
    private final ProgressPanel working = new ProgressPanel("memberio.step.");
    private final Div outcome = new Div();

    private @Nullable CommunitySummary community;
    private final UploadedFile file = new UploadedFile();
    private @Nullable ColumnsPanel columns;
    private CompletableFuture<?> work = CompletableFuture.completedFuture(null);
    private boolean updatingSettings;

    MemberImportView(CommunityService communities, MemberImportService imports, ImportWorkers workers,
                     FeatureBundlesI18NProvider translations) {
        this.communities = communities;
        this.imports = imports;
        this.workers = workers;
        this.translations = translations;
        setId("member-import");
        getStyle().set("max-width", "72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id = CommunityPage.id(event);
        CommunitySummary found = communities.find(id).orElseThrow(NotFoundException::new);
        if (community == null || !community.id().equals(found.id())) {
            community = found;
            build(found);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("memberio.title");
    }

    /** The work in progress or last finished, for tests that must wait for it without sleeping. */
    CompletableFuture<?> work() {
        return work;
    }

    private void build(CommunitySummary shown) {
        removeAll();
        title.setText(getTranslation("memberio.titleFor", shown.name()));
        title.setId("import-title");
        Anchor back = new Anchor(MemberIoNavigation.membersPath(shown.id()), getTranslation("memberio.back"));
        back.setId("import-back");
        Paragraph intro = new Paragraph(getTranslation("memberio.intro"));
        Styles.secondary(intro);
        outcome.setId("import-outcome");
        add(back, title, intro, configureUpload(), configureFileSection(), working, outcome);
    }

    private Upload configureUpload() {
        return CsvUpload.configure(upload, MAX_FILE_MEGABYTES, this::received);
    }

    private Div configureFileSection() {
        encoding.setId("import-encoding");
        encoding.setLabel(getTranslation("shared.csv.encoding"));
        encoding.setItems(CsvEncoding.values());
        encoding.setItemLabelGenerator(value -> getTranslation("shared.csv.encoding." + value.name()));
        encoding.addValueChangeListener(event -> settingsChanged());
        delimiter.setId("import-delimiter");
        delimiter.setLabel(getTranslation("shared.csv.delimiter"));
        delimiter.setItems(CsvDelimiter.values());
        delimiter.setItemLabelGenerator(value -> getTranslation("shared.csv.delimiter." + value.name()));
        delimiter.addValueChangeListener(event -> settingsChanged());
        fileName.setId("import-file-name");
        fileName.getStyle().set("font-weight", "600").set("align-self", "center");
        Div settings = new Div(fileName, encoding, delimiter);
        Styles.row(settings);

        check.setText(getTranslation("memberio.check"));
        check.setIcon(VaadinIcon.CHECK_CIRCLE_O.create());
        check.setId("import-check");
        check.addClickListener(event -> run(false));
        start.setText(getTranslation("memberio.import"));
        start.setIcon(VaadinIcon.UPLOAD.create());
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(event -> run(true));
        Div actions = new Div(check, start);
        Styles.row(actions);

        fileSection.removeAll();
        fileSection.add(settings, actions);
        fileSection.setId("import-file");
        Styles.column(fileSection);
        fileSection.setVisible(false);
        return fileSection;
    }

    /** Called by the upload, on the request's thread. The list is cleared so that another file can follow. */
    private void received(String name, Path uploaded) {
        UI ui = UI.getCurrent();
        ui.access(() -> {
            file.replace(uploaded);
            fileName.setText(name);
            upload.clearFileList();
            updatingSettings = true;
            encoding.clear();
            delimiter.clear();
            updatingSettings = false;
            preview(ImportSettings.DETECT);
        });
    }

    private void settingsChanged() {
        if (!updatingSettings && file.present()) {
            preview(new ImportSettings(encoding.getValue(), delimiter.getValue(), null));
        }
    }

    private void preview(ImportSettings settings) {
        Path current = file.path();
        UUID communityId = community().id();
        if (current == null) {
            return;
        }
        outcome.removeAll();
        begin("memberio.step.PREVIEW");
        background(() -> imports.preview(communityId, current, settings), this::showPreview);
    }

    private void showPreview(ImportPreview preview) {
        updatingSettings = true;
        encoding.setValue(preview.encoding());
        delimiter.setValue(preview.delimiter());
        updatingSettings = false;
        if (columns == null) {
            columns = new ColumnsPanel(preview, mapping -> outcome.removeAll());
            fileSection.addComponentAtIndex(1, columns);
        } else {
            columns.show(preview);
        }
        fileSection.setVisible(true);
    }

    private void run(boolean write) {
        Path current = file.path();
        ColumnsPanel panel = columns;
        if (current == null || panel == null) {
            return;
        }
        UUID communityId = community().id();
        ImportSettings settings = new ImportSettings(encoding.getValue(), delimiter.getValue(), panel.mapping());
        outcome.removeAll();
        begin("memberio.step.READING");
        UI ui = UI.getCurrent();
        ImportProgress progress = working.reporter(ui);
        background(() -> write ? imports.importFile(communityId, current, settings, progress)
                : imports.check(communityId, current, settings, progress), this::showOutcome);
    }

    private <T> void background(Supplier<T> task, Consumer<T> show) {
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        work = workers.submit(task).handle((result, failure) -> {
            ImportWorkers.access(ui, () -> {
                end(ui);
                if (failure != null) {
                    ImportFailures.show(failure, "memberio.failed", log);
                } else {
                    show.accept(result);
                }
                outcome.scrollIntoView();
            });
            return null;
        });
    }

    private void begin(String stepKey) {
        working.begin(stepKey);
        upload.setEnabled(false);
        check.setEnabled(false);
        start.setEnabled(false);
        encoding.setEnabled(false);
        delimiter.setEnabled(false);
    }

    private void end(UI ui) {
        ui.setPollInterval(-1);
        working.end();
        upload.setEnabled(true);
        check.setEnabled(true);
        start.setEnabled(true);
        encoding.setEnabled(true);
        delimiter.setEnabled(true);
    }

    private void showOutcome(ImportOutcome result) {
        outcome.removeAll();
        outcome.getStyle().remove("background");
        if (!result.valid()) {
            outcome.add(new ProblemsPanel(result.problems(), result.moreProblems(), "member-import-problems.csv",
                    translations, getLocale()));
        } else if (result.imported()) {
            Paragraph done = new Paragraph(getTranslation("memberio.done", result.rows(), result.created(),
                    result.updated()));
            done.setId("import-done");
            Anchor members = new Anchor(MemberIoNavigation.membersPath(community().id()), getTranslation("memberio.back"));
            members.setId("import-done-link");
            outcome.add(done, members);
            Styles.success(outcome);
            Notifications.success(done.getText());
            upload.clearFileList();
            file.discard();
            fileSection.setVisible(false);
        } else {
            Paragraph valid = new Paragraph(getTranslation("memberio.valid", result.rows(), result.created(),
                    result.updated()));
            valid.setId("import-valid");
            outcome.add(valid);
        }
    }

    private CommunitySummary community() {
        CommunitySummary shown = community;
        if (shown == null) {
            throw new NotFoundException();
        }
        return shown;
    }

    /** A file still being imported is deleted once the import is over, never under its feet. */
    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        file.releaseAfter(work);
    }
}

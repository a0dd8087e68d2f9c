package app.communityops.shared.csv.ui;

import app.communityops.shared.csv.CsvImportOutcome;
import app.communityops.shared.csv.ImportProgress;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import app.communityops.shared.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upload a file, then check or import it on a worker thread while the page polls for progress; a refused file
 * lists its problems with a downloadable report. The import itself is the caller's: columns come from the header.
 */
public class CsvImportPanel extends Composite<Div> {

    /** Checks ({@code write} false) or imports a file, reporting progress. */
    @FunctionalInterface
    public interface Runner {
        CsvImportOutcome run(Path file, boolean write, ImportProgress progress);
    }

    /** The text saying what a good file would do ({@code imported} false) or did. */
    @FunctionalInterface
    public interface Summary {
        String text(CsvImportOutcome outcome, boolean imported);
    }

    private static final Logger log = LoggerFactory.getLogger(CsvImportPanel.class);
    private static final int POLL_MILLIS = 500;

    private final ImportWorkers workers;
    private final FeatureBundlesI18NProvider translations;
    private final String stepKeyPrefix;
    private final String reportName;
    private final Runner runner;
    private final Summary summary;
    private final Upload upload = new Upload();
    private final Span fileName = new Span();
    private final Button check = new Button();
    private final Button start = new Button();
    private final Div fileSection = new Div();
    private final ProgressPanel working;
    private final Div outcome = new Div();
    private final UploadedFile file = new UploadedFile();
    private CompletableFuture<?> work = CompletableFuture.completedFuture(null);

    /** {@code stepKeyPrefix} + READING, CHECKING or WRITING are the steps' i18n keys. */
    public CsvImportPanel(ImportWorkers workers, FeatureBundlesI18NProvider translations, int maxMegabytes,
                          String stepKeyPrefix, String reportName, Runner runner, Summary summary) {
        this.workers = workers;
        this.translations = translations;
        this.stepKeyPrefix = stepKeyPrefix;
        this.reportName = reportName;
        this.runner = runner;
        this.summary = summary;
        this.working = new ProgressPanel(stepKeyPrefix);
        CsvUpload.configure(upload, maxMegabytes, this::received);
        fileName.setId("import-file-name");
        fileName.getStyle().set("font-weight", "600");
        check.setText(getTranslation("shared.csv.check"));
        check.setIcon(VaadinIcon.CHECK_CIRCLE_O.create());
        check.setId("import-check");
        check.addClickListener(event -> run(false));
        start.setText(getTranslation("shared.csv.import"));
        start.setIcon(VaadinIcon.UPLOAD.create());
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(event -> run(true));
        fileSection.setId("import-file");
        fileSection.add(fileName, check, start);
        Styles.row(fileSection);
        fileSection.setVisible(false);
        outcome.setId("import-outcome");
        getContent().add(upload, fileSection, working, outcome);
        Styles.column(getContent());
    }

    /** The work in progress or last finished, for tests that must wait for it without sleeping. */
    public CompletableFuture<?> work() {
        return work;
    }

    /** Called by the upload, on the request's thread. The list is cleared so that another file can follow. */
    private void received(String name, Path uploaded) {
        UI.getCurrent().access(() -> {
            file.replace(uploaded);
            fileName.setText(name);
            upload.clearFileList();
            outcome.removeAll();
            fileSection.setVisible(true);
        });
    }

    private void run(boolean write) {
        Path current = file.path();
        if (current == null) {
            return;
        }
        outcome.removeAll();
        outcome.getStyle().remove("background");
        working.begin(stepKeyPrefix + ImportProgress.Step.READING.name());
        setBusy(true);
        UI ui = UI.getCurrent();
        ImportProgress progress = working.reporter(ui);
        ui.setPollInterval(POLL_MILLIS);
        work = workers.submit(() -> runner.run(current, write, progress)).handle((result, failure) -> {
            ImportWorkers.access(ui, () -> {
                ui.setPollInterval(-1);
                working.end();
                setBusy(false);
                if (failure != null) {
                    ImportFailures.show(failure, "shared.csv.failed", log);
                } else {
                    show(result);
                }
            });
            return null;
        });
    }

    private void setBusy(boolean busy) {
        upload.setEnabled(!busy);
        check.setEnabled(!busy);
        start.setEnabled(!busy);
    }

    private void show(CsvImportOutcome result) {
        if (!result.valid()) {
            outcome.add(new ProblemsPanel(result.problems(), result.moreProblems(), reportName, translations,
                    getLocale()));
        } else if (result.imported()) {
            Paragraph done = new Paragraph(summary.text(result, true));
            done.setId("import-done");
            outcome.add(done);
            Styles.success(outcome);
            Notifications.success(done.getText());
            file.discard();
            fileSection.setVisible(false);
        } else {
            Paragraph valid = new Paragraph(summary.text(result, false));
            valid.setId("import-valid");
            outcome.add(valid);
        }
    }

    /** A file still being imported is deleted once the import is over, never under its feet. */
    @Override
    protected void onDetach(DetachEvent event) {
        super.onDetach(event);
        file.releaseAfter(work);
    }
}

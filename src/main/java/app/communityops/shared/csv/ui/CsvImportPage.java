package app.communityops.shared.csv.ui;

import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * A screen that imports one CSV file into one target (usually a community): a back link, a title naming the
 * target, an intro and the {@link CsvImportPanel}. The texts come from the screen's bundle under one prefix:
 * {@code .title}, {@code .titleFor}, {@code .back}, {@code .intro}, {@code .valid}, {@code .done} and
 * {@code .step.*}; the subclass resolves the target from the route and calls {@link #show}.
 */
public abstract class CsvImportPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ImportWorkers workers;
    private final FeatureBundlesI18NProvider translations;
    private final String keys;
    private final int maxFileMegabytes;
    private final String reportName;
    private @Nullable CsvImportPanel panel;

    /**
     * @param keys       the bundle prefix, e.g. {@code money.io}
     * @param reportName the file name of the downloadable problems report
     */
    protected CsvImportPage(String id, String keys, int maxFileMegabytes, String reportName, ImportWorkers workers,
                            FeatureBundlesI18NProvider translations) {
        this.workers = workers;
        this.translations = translations;
        this.keys = keys;
        this.maxFileMegabytes = maxFileMegabytes;
        this.reportName = reportName;
        setId(id);
        getStyle().set("max-width", "72rem");
    }

    /** Replaces the content with the page for one target; {@code introArguments} fill the intro's placeholders. */
    protected final void show(String targetName, String backPath, CsvImportPanel.Runner runner,
                              Object... introArguments) {
        removeAll();
        H2 title = new H2(getTranslation(keys + ".titleFor", targetName));
        title.setId("import-title");
        Anchor back = new Anchor(backPath, getTranslation(keys + ".back"));
        back.setId("import-back");
        Paragraph intro = new Paragraph(getTranslation(keys + ".intro", introArguments));
        Styles.secondary(intro);
        panel = new CsvImportPanel(workers, translations, maxFileMegabytes, keys + ".step.", reportName, runner,
                (outcome, imported) -> getTranslation(keys + (imported ? ".done" : ".valid"), outcome.rows(),
                        outcome.written(), outcome.skipped()));
        add(back, title, intro, panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(keys + ".title");
    }

    /** The work in progress or last finished, for tests that must wait for it without sleeping. */
    public CompletableFuture<?> work() {
        return panel == null ? CompletableFuture.completedFuture(null) : panel.work();
    }
}

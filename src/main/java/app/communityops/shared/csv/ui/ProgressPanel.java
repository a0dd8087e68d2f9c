package app.communityops.shared.csv.ui;

import app.communityops.shared.csv.ImportProgress;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.jspecify.annotations.Nullable;

/** What the worker is doing and how far it got; hidden while nothing runs. */
public class ProgressPanel extends Composite<Div> {

    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span step = new Span();

    private final String stepKeyPrefix;

    /** {@code stepKeyPrefix} + a step's name is the i18n key of that step's text. */
    public ProgressPanel(String stepKeyPrefix) {
        this.stepKeyPrefix = stepKeyPrefix;
        bar.setId("import-progress");
        step.setId("import-step");
        getContent().add(step, bar);
        getContent().getStyle().set("width", "100%").set("max-width", "32rem");
        setVisible(false);
    }

    public void begin(String stepKey) {
        step.setText(getTranslation(stepKey));
        bar.setIndeterminate(true);
        bar.setValue(0);
        setVisible(true);
    }

    public void end() {
        bar.setIndeterminate(false);
        setVisible(false);
    }

    /** Hands progress to the UI, on a new step or every two percent, so the page is not flooded. */
    public ImportProgress reporter(UI ui) {
        return new ImportProgress() {
            private @Nullable Step lastStep;
            private double lastFraction = -1;

            @Override
            public synchronized void report(Step next, double fraction) {
                if (next != lastStep || fraction - lastFraction >= 0.02) {
                    lastStep = next;
                    lastFraction = fraction;
                    ImportWorkers.access(ui, () -> {
                        step.setText(getTranslation(stepKeyPrefix + next.name()));
                        bar.setIndeterminate(false);
                        bar.setValue(Math.max(0, Math.min(1, fraction)));
                    });
                }
            }
        };
    }
}

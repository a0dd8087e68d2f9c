package app.communityops.members.io.ui;

import app.communityops.members.io.ImportProgress;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.jspecify.annotations.Nullable;

/** What the worker is doing and how far it got; hidden while nothing runs. */
class ProgressPanel extends Composite<Div> {

    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span step = new Span();

    ProgressPanel() {
        bar.setId("import-progress");
        step.setId("import-step");
        getContent().add(step, bar);
        getContent().getStyle().set("width", "100%").set("max-width", "32rem");
        setVisible(false);
    }

    void begin(String stepKey) {
        step.setText(getTranslation(stepKey));
        bar.setIndeterminate(true);
        bar.setValue(0);
        setVisible(true);
    }

    void end() {
        bar.setIndeterminate(false);
        setVisible(false);
    }

    /** Hands progress to the UI, on a new step or every two percent, so the page is not flooded. */
    ImportProgress reporter(UI ui) {
        return new ImportProgress() {
            private @Nullable Step lastStep;
            private double lastFraction = -1;

            @Override
            public synchronized void report(Step next, double fraction) {
                if (next != lastStep || fraction - lastFraction >= 0.02) {
                    lastStep = next;
                    lastFraction = fraction;
                    MemberImportView.access(ui, () -> {
                        step.setText(getTranslation("memberio.step." + next.name()));
                        bar.setIndeterminate(false);
                        bar.setValue(Math.max(0, Math.min(1, fraction)));
                    });
                }
            }
        };
    }
}

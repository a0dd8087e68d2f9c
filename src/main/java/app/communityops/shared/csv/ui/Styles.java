package app.communityops.shared.csv.ui;

import com.vaadin.flow.component.HasStyle;

/**
 * The import screens' layout, set on the components themselves: the console's security answers 403 for any
 * stylesheet but the shared one, so a sheet of a screen's own would never reach the browser.
 */
public final class Styles {

    private Styles() {
    }

    /** Children side by side, wrapping, aligned on their text. */
    public static void row(HasStyle component) {
        component.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "baseline");
    }

    /** Children stacked, with room between them. */
    public static void column(HasStyle component) {
        component.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)")
                .set("width", "100%");
    }

    /** A three-column table of label, sample and field; its rows lend their children to it. */
    public static void mappingTable(HasStyle component) {
        component.getStyle().set("display", "grid")
                .set("grid-template-columns", "minmax(8rem, 1fr) minmax(8rem, 2fr) minmax(12rem, 1.5fr)")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)").set("align-items", "center");
    }

    public static void mappingRow(HasStyle component) {
        component.getStyle().set("display", "contents");
    }

    public static void secondary(HasStyle component) {
        component.getStyle().set("color", "var(--lumo-secondary-text-color)");
    }

    public static void heading(HasStyle component) {
        secondary(component);
        component.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600");
    }

    public static void ellipsis(HasStyle component) {
        secondary(component);
        component.getStyle().set("overflow", "hidden").set("text-overflow", "ellipsis").set("white-space", "nowrap");
    }

    public static void success(HasStyle component) {
        component.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-success-color-10pct)");
    }
}

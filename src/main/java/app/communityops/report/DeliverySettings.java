package app.communityops.report;

import app.communityops.shared.UserFacingException;

/**
 * How the tenant delivers reports: the PDF attached to the mail, or a signed link to it valid {@code linkDays};
 * and whether the schedule sends prepared reports without a person pressing Send (off by default).
 */
public record DeliverySettings(boolean attachPdf, int linkDays, boolean autoSend) {

    public static final DeliverySettings DEFAULTS = new DeliverySettings(true, 30, false);

    public DeliverySettings {
        if (linkDays < 1 || linkDays > 365) {
            throw new UserFacingException("report.delivery.settings.linkDaysRange",
                    "linkDays");
        }
    }
}

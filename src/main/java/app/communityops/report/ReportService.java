package app.communityops.report;

import app.communityops.shared.Access;
import app.communityops.community.CommunityService;
import app.communityops.community.CommunitySummary;
import app.communityops.shared.CurrentUser;
import app.communityops.shared.NotFoundException;
import app.communityops.shared.TenantContext;
import app.communityops.shared.i18n.FeatureBundlesI18NProvider;
import app.communityops.tenancy.TenantDirectory;
import app.communityops.tenancy.TenantZone;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the operations report of a community the user may read, section by section, in one transaction. It is
 * not read-only: the Manage section reads the KPI board the way the Manage page does, and that call records the
 * targets' statuses as it evaluates them.
 */
@Service
public class ReportService {

    /** The monthly job builds the reports it issues as well. */

    private final CommunityService communities;
    private final ReportBrandingService branding;
    private final List<ReportSection> sections;
    private final FeatureBundlesI18NProvider bundles;
    private final TenantDirectory tenants;
    private final TenantZone zones;
    private final Clock clock;

    ReportService(CommunityService communities, ReportBrandingService branding, List<ReportSection> sections,
                  FeatureBundlesI18NProvider bundles, TenantDirectory tenants, TenantZone zones, Clock clock) {
        this.communities = communities;
        this.branding = branding;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
        this.bundles = bundles;
        this.tenants = tenants;
        this.zones = zones;
        this.clock = clock;
    }

    /** Today in the tenant's zone, for the period picker. */
    @Transactional(readOnly = true)
    @PreAuthorize(Access.READERS_OR_JOB)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zones.current()));
    }


    /** In the signed-in user's language. */
    @Transactional
    @PreAuthorize(Access.READERS_OR_JOB)
    public OperationsReport build(UUID communityId, ReportPeriod period) {
        Locale locale = Objects.requireNonNullElse(CurrentUser.require().locale(), Locale.ENGLISH);
        return build(communityId, period, locale, done -> { });
    }

    /** {@code progress} hears the share done in percent after each section. */
    @Transactional
    @PreAuthorize(Access.READERS_OR_JOB)
    public OperationsReport build(UUID communityId, ReportPeriod period, Locale locale, IntConsumer progress) {
        CommunitySummary community = communities.readable(communityId);
        ZoneId zone = zones.current();
        ReportTexts texts = new ReportTexts(bundles, locale);
        ReportContext context = new ReportContext(communityId, period, zone, texts);
        List<OperationsReport.Section> built = new ArrayList<>();
        for (ReportSection section : sections) {
            built.add(section.build(context));
            progress.accept(built.size() * 100 / sections.size());
        }
        Instant now = clock.instant();
        ReportBrandingService.Issuer issuer = branding.issuer(tenants.require(tenant()).name());
        return new OperationsReport(communityId, community.name(), period, texts.locale().toLanguageTag(),
                texts.t("report.title", community.name()), texts.t("report.subtitle", texts.period(period),
                texts.dateTime(now, zone)), issuer.name(), issuer.logo(), now, built);
    }

    private static UUID tenant() {
        return TenantContext.current().orElseThrow(NotFoundException::new);
    }
}

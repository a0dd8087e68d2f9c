package app.communityops.members;

import static app.communityops.members.MembershipStatus.JOINED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import app.communityops.approval.ApprovalPolicyService;
import app.communityops.approval.ApprovalService;
import app.communityops.approval.ApprovalSettings;
import app.communityops.approval.ApprovalStep;
import app.communityops.approval.SubjectType;
import app.communityops.activity.ActivityForm;
import app.communityops.activity.ActivityService;
import app.communityops.activity.ActivityTypeService;
import app.communityops.activity.AttendanceService;
import app.communityops.activity.HostKind;
import app.communityops.automation.ActionKind;
import app.communityops.automation.RuleAction;
import app.communityops.automation.RuleDefinition;
import app.communityops.automation.RuleForm;
import app.communityops.automation.RuleService;
import app.communityops.automation.RuleTrigger;
import app.communityops.automation.TriggerKind;
import app.communityops.calendar.CalendarFeedService;
import app.communityops.content.ContentFixtures;
import app.communityops.content.ContentService;
import app.communityops.members.MemberTestData.Spec;
import app.communityops.money.MoneyTestData;
import app.communityops.money.OfferSummary;
import app.communityops.money.OfferType;
import app.communityops.shared.AppPrincipal;
import app.communityops.testing.KaribuTest;
import app.communityops.testing.SignedIn;
import app.communityops.testing.TestTenants.Fixture;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import app.communityops.report.ReportDelivery;
import app.communityops.report.ReportDeliveryService;
import app.communityops.report.ReportPeriod;
import app.communityops.webhook.WebhookTestData;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Signs in as a client user and walks everything the client can reach, looking for any contact value or per-member
 * money of the members of its client's communities (and of another client's community). Enumerated, not picked:
 * every route Vaadin has registered, with every id parameter filled from the seeded records (a route with a
 * parameter this test does not know fails it, so a new screen is walked the day it lands); on each page every
 * component's text, attributes and properties, every grid's items and formatted rows, the page again after
 * clicking each grid's first rows (the members side panel), and every download linked from the page; then every
 * request mapping of every Spring MVC handler mapping (the CSV exports, the calendar feed, the API), with every
 * path variable filled, by every HTTP method it declares.
 */
class ClientMemberFieldsWalkTest extends KaribuTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final Pattern ROUTE_PARAMETER = Pattern.compile(":([A-Za-z]+)[?*]?(\\([^)]*\\))?");
    private static final int ROWS_CLICKED = 2;

    @Autowired
    MemberTestData members;
    @Autowired
    MemberHealthTestData health;
    @Autowired
    MoneyTestData money;
    @Autowired
    ActivityService activities;
    @Autowired
    ActivityTypeService activityTypes;
    @Autowired
    AttendanceService attendance;
    @Autowired
    ContentService content;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    ApprovalPolicyService policies;
    @Autowired
    ApprovalService approvals;
    @Autowired
    ReportDeliveryService deliveries;
    @Autowired
    RuleService rules;
    @Autowired
    WebhookTestData webhooks;

    Fixture tenant;
    /** Contact values of the client's members: none may reach a client user without the grant. */
    final Set<String> contacts = new LinkedHashSet<>();
    /** Per-member money of the client's members: none may reach a client user, grant or not. */
    final Set<String> memberMoney = new LinkedHashSet<>();
    /** Anything of another client's community's members: never. */
    final Set<String> otherClients = new LinkedHashSet<>();
    final Map<String, List<String>> parameterValues = new LinkedHashMap<>();

    @BeforeEach
    void seed() {
        tenant = tenants.create();
        OfferSummary course = money.offer(tenant.admin(), "Course", OfferType.PAID_KNOWLEDGE, "99.00", "CNY",
                tenant.communityId(), tenant.unassignedCommunityId(), tenant.otherClientCommunityId());
        List<String> communityIds = new ArrayList<>();
        List<String> memberIds = new ArrayList<>();
        List<String> activityIds = new ArrayList<>();
        List<String> contentIds = new ArrayList<>();
        List<String> requestIds = new ArrayList<>();
        for (UUID client : List.of(tenant.clientId(), tenant.otherClientId())) {
            SignedIn.run(tenant.admin(), () -> policies.saveForClient(client, -1,
                    new ApprovalSettings(true, true, List.of(ApprovalStep.CLIENT_USERS))));
        }
        int index = 0;
        for (UUID community : List.of(tenant.communityId(), tenant.unassignedCommunityId(),
                tenant.otherClientCommunityId())) {
            index++;
            boolean own = !community.equals(tenant.otherClientCommunityId());
            String n = index + tenant.name().substring(tenant.name().length() - 4);
            UUID member = money.joinedMember(tenant.admin(), community, "wxhandle" + n);
            UUID buyer = money.joinedMember(tenant.admin(), community, "wxbuyer" + n);
            money.order(tenant.admin(), community, member, course, "4321.0" + index, MoneyTestData.daysAgo(3));
            money.order(tenant.admin(), community, buyer, course, "1000.00", MoneyTestData.daysAgo(2));
            money.update(tenant, """
                    update member set phone = ?, email = ?, external_id = ?, notes = ?, lifetime_purchase = ?
                    where id = ?""", "1391234567" + index, "hidden" + n + "@contact.example", "EXT-HIDDEN-" + n,
                    "Private note " + n, new java.math.BigDecimal("8765.4" + index), member);
            money.update(tenant, """
                    update member set phone = ?, email = ?, external_id = ?, notes = ? where id = ?""",
                    "1399876543" + index, "buyer" + n + "@contact.example", "EXT-BUYER-" + n, "Buyer note " + n,
                    buyer);
            // The test helper names a member after its handle; a name is everyone's to read, a handle is not.
            rename(member, "Person " + n);
            rename(buyer, "Buyer " + n);
            money.update(tenant, """
                    update membership set payment_reference = ?, answers = ?, decision_reason = ?
                    where member_id = ? and community_id = ?""", "PAYREF-HIDDEN-" + n, "Answer hidden " + n,
                    "Reason hidden " + n, member, community);
            members.add(tenant.tenantId(), community, List.of(Spec.of("Plain " + n, "wxplain" + n, JOINED)));
            // At risk, with a purchases factor, so the dashboard's At-risk list and the health panel are walked.
            health.scoreMember(tenant.tenantId(), community, member, java.time.YearMonth.now(),
                    MemberHealthTestData.Score.of(30, HealthSegment.AT_RISK).factors(MemberHealthTestData.factor(
                            HealthFactorKind.PURCHASES, 1, null, 3), MemberHealthTestData.factor(
                            HealthFactorKind.SILENT_DAYS, 12, null, -20)));
            Set<String> contactValues = Set.of("wxhandle" + n, "wxbuyer" + n, "wxplain" + n, "1391234567" + index,
                    "1399876543" + index, "hidden" + n + "@contact.example", "buyer" + n + "@contact.example",
                    "EXT-HIDDEN-" + n, "EXT-BUYER-" + n, "Private note " + n, "Buyer note " + n,
                    "Answer hidden " + n, "Reason hidden " + n);
            Set<String> moneyValues = Set.of("PAYREF-HIDDEN-" + n, "8765.4" + index, "8,765.4" + index,
                    "4321.0" + index, "4,321.0" + index);
            if (own) {
                contacts.addAll(contactValues);
                memberMoney.addAll(moneyValues);
            } else {
                otherClients.addAll(contactValues);
                otherClients.addAll(moneyValues);
            }
            communityIds.add(community.toString());
            memberIds.add(member.toString());
            UUID activity = activity(community, member);
            activityIds.add(activity.toString());
            UUID post = SignedIn.as(tenant.admin(), () -> content.create(
                    ContentFixtures.form(community, "Post " + n, LocalDateTime.now().plusDays(3)))).id();
            contentIds.add(post.toString());
            // Each community's post waits for its client's approval, so the approval pages are walked too.
            SignedIn.run(tenant.admin(), () -> {
                var draft = content.move(post, 0, app.communityops.content.ContentStatus.DRAFT);
                content.submitForApproval(post, draft.version());
            });
            requestIds.add(SignedIn.as(tenant.admin(), () -> approvals.latest(SubjectType.CONTENT, List.of(post)))
                    .get(post).id().toString());
            memberIds.add(buyer.toString());
        }
        parameterValues.put("communityId", communityIds);
        parameterValues.put("memberId", memberIds);
        parameterValues.put("activityId", activityIds);
        parameterValues.put("contentId", contentIds);
        parameterValues.put("requestId", requestIds);
        parameterValues.put("clientId", List.of(tenant.clientId().toString(), tenant.otherClientId().toString()));
        parameterValues.put("deliveryId", communityIds.stream().map(community -> sentReport(UUID.fromString(community))
                .toString()).toList());
        // Automation rules are staff's: a client is turned away from each, whichever community it is about.
        parameterValues.put("ruleId", List.of(SignedIn.as(tenant.admin(), () -> rules.create(tenant.communityId(),
                new RuleForm("Welcome", new RuleDefinition(RuleTrigger.of(TriggerKind.MEMBER_JOINED), List.of(),
                        List.of(new RuleAction(ActionKind.CREATE_TASK, "Say hello", 24)))))).id().toString()));
        parameterValues.put("endpointId", List.of(webhooks.endpoint(tenant, "Walked endpoint",
                "https://hooks.example.com/walk", app.communityops.automation.AutomationEventType.MEMBER_JOINED)
                .endpoint().id().toString()));
        parameterValues.put("token", List.of(SignedIn.as(tenant.admin(), () -> feeds.regenerate(tenant.communityId())),
                SignedIn.as(tenant.admin(), () -> feeds.regenerate(tenant.unassignedCommunityId()))));
    }

    @Test
    void aClientUserReceivesNoContactValueAndNoPerMemberMoneyAnywhere() {
        Map<String, String> seen = walk(tenant.clientUser());

        assertThat(seen).as("pages and downloads walked").hasSizeGreaterThan(30);
        assertThat(seen.keySet()).as("the report's PDF and Markdown were made and downloaded")
                .anyMatch(where -> where.startsWith("download") && where.contains("/report"));
        assertNoneOf(seen, contacts, "contact value");
        assertNoneOf(seen, memberMoney, "per-member money");
        assertNoneOf(seen, otherClients, "another client's member");
        // The walk reached the members: names are everyone's to read.
        assertThat(String.join("\n", seen.values())).contains("Person ", "Buyer ", "Plain ");
    }

    @Test
    void withTheTenantAdminsGrantTheSameWalkShowsContactsButStillNoMoney() {
        money.update(tenant, "update client set contact_access = true where id = ?", tenant.clientId());

        Map<String, String> seen = walk(tenant.clientUser());
        String all = String.join("\n", seen.values());

        String n = "1" + tenant.name().substring(tenant.name().length() - 4);
        assertThat(all).as("the walk can see contact values when they are granted")
                .contains("wxhandle" + n, "wxplain" + n, "hidden" + n + "@contact.example", "13912345671",
                        "Private note " + n);
        assertNoneOf(seen, memberMoney, "per-member money");
        assertNoneOf(seen, otherClients, "another client's member");
    }

    @Test
    void staffSeeWhatTheWalkLooksForSoItsAbsenceMeansSomething() {
        // The community pages only: the staff walk proves the detectors, the client walks above prove the rest.
        Map<String, String> seen = walk(tenant.admin(), template -> template.startsWith("communities/:communityId"));
        String all = String.join("\n", seen.values());
        String n = "1" + tenant.name().substring(tenant.name().length() - 4);

        assertThat(all).contains("wxhandle" + n, "hidden" + n + "@contact.example", "13912345671",
                "8765.41", "4321.01", "PAYREF-HIDDEN-" + n);
    }

    private void rename(UUID member, String name) {
        money.update(tenant, "update member set name = ? where id = ?", name, member);
        money.update(tenant, "update membership set member_name = ? where member_id = ?", name, member);
    }

    private UUID activity(UUID community, UUID hostMember) {
        return SignedIn.as(tenant.admin(), () -> {
            ActivityForm form = new ActivityForm();
            form.setTypeId(activityTypes.types().getFirst().id());
            form.setTitle("Meetup");
            form.setHostKind(HostKind.MEMBER);
            form.setHostMemberId(hostMember);
            form.setStart(LocalDateTime.now().minusDays(1).withNano(0));
            form.setEnd(LocalDateTime.now().minusDays(1).plusHours(1).withNano(0));
            form.setCapacity(10);
            UUID id = activities.create(community, form).id();
            UUID membership = money.column(tenant, "select id from membership where member_id = ? and community_id = ?",
                    UUID.class, hostMember, community).getFirst();
            attendance.mark(id, Set.of(membership));
            return id;
        });
    }

    /** Every route and every endpoint as {@code user}: what each showed or answered, by where it was seen. */
    private Map<String, String> walk(AppPrincipal user) {
        return walk(user, template -> true, true);
    }

    private Map<String, String> walk(AppPrincipal user, java.util.function.Predicate<String> routes) {
        return walk(user, routes, false);
    }

    /**
     * {@code pressButtons}: on each page also press every button once (on a fresh copy of the page) and look again,
     * waiting for background work such as a report being made; that is how the report's PDF and Markdown links
     * appear. Only for client users, whose screens change nothing.
     */
    private Map<String, String> walk(AppPrincipal user, java.util.function.Predicate<String> routes,
                                     boolean pressButtons) {
        Map<String, String> seen = new LinkedHashMap<>();
        Set<String> serverLinks = new LinkedHashSet<>();
        login(user);
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            if (!routes.test(route.getTemplate())) {
                continue;
            }
            for (String path : paths(route.getTemplate())) {
                walkPage(path, seen, serverLinks);
                if (pressButtons) {
                    pressEveryButton(path, seen, serverLinks);
                }
            }
        }
        walkEndpoints(user, serverLinks, seen);
        return seen;
    }

    private void walkPage(String path, Map<String, String> seen, Set<String> serverLinks) {
        if (!open(path)) {
            seen.put("route " + path, "(denied)");
            return;
        }
        seen.put("route " + path, rendered(serverLinks, seen, path));
        int grids = grids().size();
        for (int g = 0; g < grids; g++) {
            for (int row = 0; row < ROWS_CLICKED; row++) {
                if (!open(path) || grids().size() <= g) {
                    break;
                }
                Grid<?> grid = grids().get(g);
                if (GridKt._size(grid) <= row) {
                    break;
                }
                try {
                    GridKt._clickItem(grid, row);
                } catch (IllegalStateException | IllegalArgumentException notClickable) {
                    break;
                }
                seen.put("route " + path + " after clicking row " + row + " of grid " + g,
                        rendered(serverLinks, seen, path));
            }
        }
    }

    private void pressEveryButton(String path, Map<String, String> seen, Set<String> serverLinks) {
        if (!open(path)) {
            return;
        }
        int buttons = buttons().size();
        for (int b = 0; b < buttons; b++) {
            if (!open(path) || buttons().size() <= b) {
                break;
            }
            Button button = buttons().get(b);
            String name = button.getId().orElse(button.getText());
            try {
                LocatorJ._click(button);
            } catch (RuntimeException refused) {
                continue;
            }
            awaitBackgroundWork();
            seen.put("route " + path + " after pressing " + name, rendered(serverLinks, seen, path));
        }
    }

    private static List<Button> buttons() {
        List<Component> all = new ArrayList<>();
        UI.getCurrent().getChildren().forEach(child -> collect(child, all));
        List<Button> buttons = new ArrayList<>();
        for (Component component : all) {
            if (component instanceof Button button && button.isEnabled() && isShown(button)) {
                buttons.add(button);
            }
        }
        return buttons;
    }

    private static boolean isShown(Component component) {
        for (Component at = component; at != null; at = at.getParent().orElse(null)) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Background work (a report being made) shows a progress bar; its result reaches the page in a round trip. */
    private static void awaitBackgroundWork() {
        // In the test's own thread: Karibu's UI and session are thread-bound.
        Awaitility.await("background work on " + UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(100)).until(() -> {
                    MockVaadin.clientRoundtrip(false);
                    List<Component> all = new ArrayList<>();
                    UI.getCurrent().getChildren().forEach(child -> collect(child, all));
                    return all.stream().noneMatch(c -> c instanceof ProgressBar bar && isShown(bar)
                            && (bar.isIndeterminate() || bar.getValue() < bar.getMax()));
                });
    }

    private boolean open(String path) {
        try {
            // Via another page, so each visit builds the view afresh rather than re-entering the one shown.
            UI.getCurrent().navigate("account");
            UI.getCurrent().navigate(path);
            return true;
        } catch (MockAccessDeniedException denied) {
            return false;
        }
    }

    /** A report of last month sent for the community: its page and PDF are walked like every other. */
    private UUID sentReport(UUID community) {
        return SignedIn.as(tenant.admin(), () -> {
            ReportDelivery draft = deliveries.prepare(community,
                    ReportPeriod.month(java.time.YearMonth.now().minusMonths(1)));
            ReportDelivery review = deliveries.submit(community, draft.id(), draft.version());
            return deliveries.send(community, draft.id(), review.version(), done -> { }).id();
        });
    }

    /** Route templates with every parameter filled in each way the seed allows; an unknown parameter fails. */
    private List<String> paths(String template) {
        List<String> paths = new ArrayList<>(List.of(template));
        Matcher matcher = ROUTE_PARAMETER.matcher(template);
        while (matcher.find()) {
            String name = matcher.group(1);
            assertThat(parameterValues).as("values for route parameter %s of %s", name, template).containsKey(name);
            List<String> next = new ArrayList<>();
            for (String path : paths) {
                for (String value : parameterValues.get(name)) {
                    next.add(path.replace(matcher.group(), value));
                }
            }
            paths = next;
        }
        return paths;
    }

    /** Everything the current page holds: every element's text, attributes and properties, grids, downloads. */
    private String rendered(Set<String> serverLinks, Map<String, String> seen, String path) {
        StringBuilder text = new StringBuilder();
        List<Component> all = new ArrayList<>();
        UI.getCurrent().getChildren().forEach(child -> collect(child, all));
        for (Component component : all) {
            describe(component.getElement(), text);
            if (component instanceof Grid<?> grid) {
                describe(grid, text);
            }
            if (component instanceof Anchor anchor) {
                String href = anchor.getHref();
                if (href.startsWith("VAADIN/dynamic")) {
                    seen.put("download " + href + " on " + path, bytesAsText(DownloadKt.download(anchor)));
                } else if (anchor.getElement().hasAttribute("router-ignore") || href.startsWith("export/")) {
                    serverLinks.add("/" + href);
                }
            }
        }
        return text.toString();
    }

    private static void collect(Component component, List<Component> into) {
        into.add(component);
        component.getChildren().forEach(child -> collect(child, into));
    }

    private static void describe(Element element, StringBuilder text) {
        text.append(element.getText()).append('\n');
        element.getAttributeNames().forEach(name -> text.append(element.getAttribute(name)).append('\n'));
        element.getPropertyNames().forEach(name -> text.append(element.getPropertyRaw(name)).append('\n'));
    }

    private static <T> void describe(Grid<T> grid, StringBuilder text) {
        int size = Math.min(GridKt._size(grid), 200);
        for (T item : GridKt._fetch(grid, 0, size)) {
            text.append(item).append('\n');
        }
        for (int row = 0; row < size; row++) {
            text.append(String.join(" | ", GridKt._getFormattedRow(grid, row))).append('\n');
        }
    }

    private static List<Grid<?>> grids() {
        List<Component> all = new ArrayList<>();
        UI.getCurrent().getChildren().forEach(child -> collect(child, all));
        List<Grid<?>> grids = new ArrayList<>();
        for (Component component : all) {
            if (component instanceof Grid<?> grid) {
                grids.add(grid);
            }
        }
        return grids;
    }

    /**
     * Every request mapping of the application (the exports, the calendar feed, the API) with every path variable
     * filled, by each declared method, plus every server link seen on a page, as the signed-in {@code user}.
     */
    private void walkEndpoints(AppPrincipal user, Set<String> serverLinks, Map<String, String> seen) {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity())
                .build();
        List<String[]> calls = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                Set<String> methods = new LinkedHashSet<>();
                entry.getKey().getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
                if (methods.isEmpty()) {
                    methods.add("GET");
                }
                for (String pattern : entry.getKey().getPatternValues()) {
                    for (String path : endpointPaths(pattern)) {
                        methods.forEach(method -> calls.add(new String[] {method, path}));
                    }
                }
            }
        }
        serverLinks.forEach(link -> calls.add(new String[] {"GET", link}));
        assertThat(calls).as("endpoints found").extracting(call -> call[1])
                .anyMatch(path -> path.endsWith("/members.csv")).anyMatch(path -> path.endsWith("/orders.csv"))
                .anyMatch(path -> path.startsWith("/ical/")).anyMatch(path -> path.startsWith("/api/"));
        for (String[] call : calls) {
            String separator = call[1].contains("?") ? "&" : "?";
            try {
                MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders
                        .request(HttpMethod.valueOf(call[0]), call[1] + separator + "from=2000-01-01&to=2100-12-31")
                        .contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(authentication(SignedIn.authentication(user)))).andReturn().getResponse();
                seen.put(call[0] + " " + call[1], response.getStatus() + "\n"
                        + bytesAsText(response.getContentAsByteArray()));
            } catch (Exception failed) {
                seen.put(call[0] + " " + call[1], "failed: " + failed);
            }
        }
        // MockMvc's security filters leave the thread's context cleared; the UI session stays the user's.
        login(user);
    }

    private List<String> endpointPaths(String pattern) {
        List<String> paths = new ArrayList<>(List.of(pattern.replace("/**", "/x")));
        Matcher matcher = VARIABLE.matcher(pattern);
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll(":.*", "");
            List<String> values = parameterValues.getOrDefault(name, List.of(UUID.randomUUID().toString()));
            List<String> next = new ArrayList<>();
            for (String path : paths) {
                for (String value : values) {
                    next.add(path.replace(matcher.group(), value));
                }
            }
            paths = next;
        }
        return paths;
    }

    private static String bytesAsText(byte[] bytes) {
        if (bytes.length > 4 && new String(bytes, 0, 4, StandardCharsets.ISO_8859_1).equals("%PDF")) {
            try (PDDocument document = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(document);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static void assertNoneOf(Map<String, String> seen, Set<String> values, String what) {
        List<String> leaks = new ArrayList<>();
        seen.forEach((where, text) -> values.stream().filter(text::contains)
                .forEach(value -> leaks.add(what + " '" + value + "' in " + where)));
        assertThat(leaks).as("%s seen by the user", what).isEmpty();
    }
}

package app.communityops.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import app.communityops.bench.load.LoadPlan.Community;
import app.communityops.bench.load.LoadPlan.LoadUser;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * People at work in the console, through the protocol a browser speaks: sign in with the login form and its CSRF
 * token, load a page (the HTML shell, Vaadin's init request, the first navigation), then act on the UI with the
 * node ids, {@code syncId} and {@code clientId} the server handed out, the way the Flow client does. Each user
 * acts every 5 s on average (a uniform pause of 2–8 s before each gesture).
 *
 * <p>Every answer is checked: the HTTP status, no Vaadin error or expired session, none of the console's error
 * messages, and the text the step must show. A step that fails ends that user, and the run counts it; a fast error
 * never counts as a fast page. Every round trip is recorded in {@link LoadRecorder}; those of the UI (page loads
 * and UIDL requests) make the percentiles, the sign-in form counts only for errors.
 *
 * <p>With {@link LoadPlan#park()} each user only signs in, opens a community's dashboard and leaves the tab open:
 * the state a server holds for people who are signed in but idle, for the heap measurement.
 */
public class ConsoleSimulation extends Simulation {

    /** The names of the join pages' round trips start with this; the console's never do. */
    static final String VISITOR = "join ";
    private static final String STATE = "vaadin";
    private static final String ANSWER = "answer";
    private static final String COMMUNITY = "community";
    private static final String POLICY_NOT_MET = "The policy is not met yet";
    /** What a reviewer is told when a colleague decided the same application a moment before: a correct answer. */
    private static final String DECIDED_BY_A_COLLEAGUE = "Not possible while the membership is|Someone else changed this";
    private static final List<String> ERROR_TEXTS = List.of("Something went wrong", "出错了",
            "Not found, or you do not have access", "未找到，或您无权访问", "\"appError\"", "sessionExpired",
            "The report could not be generated");

    private static final Pattern SHOWN_TEXT = Pattern.compile(
            "\"key\":\"(?:text|textContent|errorMessage)\"[^}]*?\"value\":\"([^\"]{3,200})\"");

    private final LoadPlan plan = LoadPlan.current();

    public ConsoleSimulation() {
        HttpProtocolBuilder protocol = http.baseUrl(plan.baseUrl())
                .acceptLanguageHeader("en")
                .acceptHeader("*/*")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) CommunityOps load test")
                // People sign in from their own addresses, not all from one: the console trusts X-Forwarded-For
                // from loopback (its proxy), and the sign-in throttle counts per address.
                .header("X-Forwarded-For", "#{address}");
        ScenarioBuilder console = plan.park() ? parked() : working();
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(console.injectOpen(rampUsers(plan.users()).during(plan.rampUp())));
        if (plan.visitorsPerSecond() > 0) {
            populations.add(visitors().injectOpen(nothingFor(plan.visitorsAfter()),
                    constantUsersPerSec(plan.visitorsPerSecond())
                            .during(plan.rampUp().plus(plan.steady()).minus(plan.visitorsAfter()))));
        }
        setUp(populations)
                .protocols(protocol)
                .maxDuration(plan.rampUp().plus(plan.steady()).plus(Duration.ofMinutes(2)));
    }

    /**
     * Strangers who open a join link, from addresses of their own: the page as a phone loads it, and one in three
     * fills in the form (a field at a time, as a browser sends each on leaving it), gives consent and applies, which
     * shows the status page. The load communities' policy is a reviewer's approval, so every application waits.
     */
    private ScenarioBuilder visitors() {
        return scenario("join page visitors")
                .feed(visitorFeeder())
                .exec(roundTrip(VISITOR + "page", http(VISITOR + "page").get("/join/#{token}")
                        .check(status().is(200), substring("id=\"outlet\"").exists()), true))
                .exec(initAndNavigate(VISITOR.strip(), session -> "join/" + session.getString("token"),
                        "join-submit", true))
                .randomSwitch().on(percent(33).then(exec(
                        visitorStep("name", "join-name", session -> "Visitor " + session.getString("number")),
                        visitorStep("handle", "join-handle", session -> "visitor_" + session.getString("number")),
                        visitorStep("phone", "join-phone", session -> session.getString("phone")),
                        exec(pause(Duration.ofSeconds(1), Duration.ofSeconds(4))),
                        uidl(VISITOR + "consent", (ui, session) -> ui.check(ui.requireId("join-consent"))),
                        exec(pause(Duration.ofSeconds(1), Duration.ofSeconds(3))),
                        uidl(VISITOR + "apply", (ui, session) -> List.of(ui.click(ui.requireId("join-submit"))),
                                substring("Your application is being reviewed").exists()),
                        renderEvents(VISITOR + "status", true))));
    }

    /** One field of the join form typed in and left: a short pause, then the field's value sent. */
    private static ChainBuilder visitorStep(String name, String fieldId, Function<Session, String> value) {
        return exec(pause(Duration.ofSeconds(1), Duration.ofSeconds(4)))
                .exec(uidl(VISITOR + name, (ui, session) -> ui.fill(ui.requireId(fieldId), value.apply(session))));
    }

    /** Each visitor a link of the plan at random, an address of their own and a phone number no one else gives. */
    private Iterator<Map<String, Object>> visitorFeeder() {
        List<String> links = plan.joinLinks();
        // Each run works on a fresh copy of the load data: a number is unique within the run.
        return numbered(number -> Map.of("token", links.get(ThreadLocalRandom.current().nextInt(links.size())),
                "address", address("10.2.", number), "number", String.valueOf(number),
                "phone", String.format(Locale.ROOT, "139%08d", number), "email", "visitor " + number));
    }

    private ScenarioBuilder working() {
        return scenario("console")
                .feed(feeder())
                .exec(signIn())
                .doSwitch("#{role}").on(
                        onCase("TENANT_ADMIN").then(work(page("communities", "Communities"), adminActions())),
                        onCase("OPERATOR").then(work(page("communities", "Communities"), operatorActions())),
                        onCase("CLIENT").then(work(page("portfolio", "Your communities"), clientActions())));
    }

    private ScenarioBuilder parked() {
        return scenario("signed in on a dashboard")
                .feed(feeder())
                .exec(signIn())
                .exec(session -> session.set(COMMUNITY, randomCommunity(session)))
                .exec(page("portfolio", "Your communities"))
                .exec(navigate("dashboard", c -> "communities/" + c.id() + "/dashboard", c -> c.name()));
    }

    /** Each virtual user is one account of the population, in turn: the mix of roles is the population's. */
    private Iterator<Map<String, Object>> feeder() {
        List<LoadUser> population = plan.population();
        return numbered(number -> {
            LoadUser user = population.get(number % population.size());
            return Map.of("email", user.email(), "password", user.password(), "role", user.role().name(),
                    "user", user, "address", address("10.1.", number));
        });
    }

    /** An endless feeder: the n-th virtual user gets {@code entry.apply(n)}. */
    private static Iterator<Map<String, Object>> numbered(IntFunction<Map<String, Object>> entry) {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> entry.apply(next.getAndIncrement())).iterator();
    }

    /** The n-th client address of a /16, each a different one for the limits that count per address. */
    private static String address(String prefix, int number) {
        return prefix + (number / 250) % 250 + "." + (1 + number % 250);
    }

    private ChainBuilder work(ChainBuilder landing, ChainBuilder actions) {
        return exec(landing).exitHereIfFailed()
                .during(plan.steady()).on(exec(session -> session.set(COMMUNITY, randomCommunity(session)))
                        .exec(actions)
                        .exitHereIfFailed());
    }

    // ---- sign-in -----------------------------------------------------------------------------------------------

    /** The login page as a browser loads it (its own UI), then the form post with the page's CSRF token. */
    private static ChainBuilder signIn() {
        return exec(roundTrip("sign-in form", http("sign-in form").get("/login")
                .check(status().is(200), regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")),
                false))
                .exec(initAndNavigate("login", "Sign in", false))
                .exec(roundTrip("sign-in", http("sign-in").post("/login")
                        .formParam("_csrf", "#{csrf}")
                        .formParam("username", "#{email}")
                        .formParam("password", "#{password}")
                        .check(status().is(200), currentLocation().transform(url -> url.contains("/login"))
                                .is(false)), false));
    }

    // ---- the journeys ------------------------------------------------------------------------------------------

    private ChainBuilder operatorActions() {
        return randomSwitch().on(
                percent(20).then(gesture(navigate("dashboard", c -> "communities/" + c.id() + "/dashboard",
                        c -> c.name()))),
                percent(25).then(membersGrid()),
                percent(20).then(reviewDecision()),
                percent(15).then(gesture(navigate("calendar", c -> "communities/" + c.id() + "/calendar",
                        c -> c.name()))),
                percent(10).then(gesture(navigate("kpi overview", c -> "kpis/overview", c -> "KPI overview"))),
                percent(10).then(reportGeneration()));
    }

    private ChainBuilder adminActions() {
        return randomSwitch().on(
                percent(30).then(gesture(navigate("kpi overview", c -> "kpis/overview", c -> "KPI overview"))),
                percent(30).then(gesture(navigate("dashboard", c -> "communities/" + c.id() + "/dashboard",
                        c -> c.name()))),
                percent(20).then(gesture(navigate("communities", c -> "communities", c -> "Communities"))),
                percent(20).then(membersGrid()));
    }

    private ChainBuilder clientActions() {
        return randomSwitch().on(
                percent(35).then(gesture(navigate("portfolio", c -> "portfolio", c -> "Your communities"))),
                percent(40).then(gesture(navigate("dashboard", c -> "communities/" + c.id() + "/dashboard",
                        c -> c.name()))),
                percent(25).then(gesture(navigate("issued reports", c -> "communities/" + c.id() + "/report",
                        c -> "Operations report"))));
    }

    /** The members grid: open it, scroll deep, search for a name, open a member's side panel. */
    private ChainBuilder membersGrid() {
        // "1,234 match the filters", or "More than 10,000 match: …" on a large community.
        return gesture(navigate("members", c -> "communities/" + c.id() + "/members", c -> "match"))
                .exec(confirmGridUpdates())
                .exec(gesture(uidl("members deep scroll", (ui, session) -> {
                    int grid = ui.requireFirst("vaadin-grid");
                    int start = ThreadLocalRandom.current().nextInt(0, 5_000) * 10;
                    return List.of(ui.gridRange(grid, start, 100));
                }, substring("$connector.set").exists())))
                .exec(confirmGridUpdates())
                .exec(gesture(uidl("members search", (ui, session) -> ui.type(
                        ui.requireFirst("vaadin-text-field"), community(session).memberName()),
                        substring("$connector").exists())))
                // The new filter resets the grid's cache: its client asks for the rows on screen at once.
                .exec(uidl("members search rows", (ui, session) -> List.of(ui.gridRange(ui.requireFirst("vaadin-grid"),
                        0, 100)), substring("$connector.set").exists()))
                .exec(confirmGridUpdates())
                .exec(gesture(uidl("member side panel", (ui, session) -> {
                    int grid = ui.requireFirst("vaadin-grid");
                    return List.of(ui.gridItemClick(grid, ui.anyRowKey(grid)));
                }, substring("Last active").exists())));
    }

    /**
     * The review queue: open it, open one of its applications (at random: five operators share a community, and a
     * person does not wait for a colleague to finish the same application), approve it.
     */
    private ChainBuilder reviewDecision() {
        return gesture(navigate("review queue", c -> "communities/" + c.id() + "/review",
                c -> "Waiting for review"))
                .exec(gesture(uidl("review dialog", (ui, session) -> List.of(ui.click(ui.requireAny("vaadin-button",
                        "Review"))), substring("What each mechanism says").exists())))
                .exec(gesture(uidl("review approve", (ui, session) -> List.of(ui.click(ui.require("vaadin-button",
                        "Approve"))), regex("admitted|is now|waits in the review queue|was approved|"
                        + POLICY_NOT_MET + "|" + DECIDED_BY_A_COLLEAGUE).exists())))
                // An application whose evidence is missing can't be approved: the reviewer rejects it with a reason.
                .doIf(session -> session.getString(ANSWER).contains(POLICY_NOT_MET)).then(
                        gesture(uidl("review reason", (ui, session) -> ui.fill(ui.requireId("review-reason"),
                                "Evidence missing"))),
                        gesture(uidl("review reject", (ui, session) -> List.of(ui.click(ui.require("vaadin-button",
                                "Reject"))), substring("was rejected").exists())));
    }

    /** The operations report: open it, generate last month's, wait (polling, as the page does) until it is shown. */
    private ChainBuilder reportGeneration() {
        return gesture(navigate("report", c -> "communities/" + c.id() + "/report", c -> "Generate report"))
                .exec(gesture(uidl("report generate", (ui, session) -> List.of(ui.click(ui.require("vaadin-button",
                        "Generate report"))))))
                .exec(session -> session.set("reportShown", session.getString(ANSWER).contains("Operations report:")))
                .exec(asLongAs(session -> !session.getBoolean("reportShown")).on(
                        pause(Duration.ofMillis(500)),
                        uidl("report poll", (ui, session) -> List.of(ui.poll())),
                        exec(session -> session.set("reportShown",
                                session.getString(ANSWER).contains("Operations report:"))),
                        exitHereIfFailed()));
    }

    // ---- building blocks ---------------------------------------------------------------------------------------

    /** A person's gesture: the think time before it, then the round trips it causes. */
    private static ChainBuilder gesture(ChainBuilder roundTrips) {
        return exec(pause(Duration.ofSeconds(2), Duration.ofSeconds(8))).exec(roundTrips);
    }

    /** A full page load: the HTML shell, Vaadin's init request and the first navigation of the new UI. */
    private static ChainBuilder page(String route, String expected) {
        return exec(roundTrip(route + " page", http(route + " page").get("/" + route)
                .check(status().is(200), substring("id=\"outlet\"").exists()), true))
                .exec(initAndNavigate(route, expected, true));
    }

    private static ChainBuilder initAndNavigate(String route, String expected, boolean ui) {
        return initAndNavigate(route, session -> route, expected, ui);
    }

    /** Vaadin's init request for the route a session names, then the new UI's first navigation. */
    private static ChainBuilder initAndNavigate(String name, Function<Session, String> route, String expected,
                                                boolean ui) {
        String screen = "&query=&v-sh=900&v-sw=1400&v-wh=900&v-ww=1400&v-bh=900&v-bw=1400&v-tzo=0&v-dstd=0&v-rtzo=0"
                + "&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE"
                + "&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED&v-wla=SUPPORTED"
                + "&v-ws=false";
        return exec(roundTrip(name + " init", http(name + " init").get(session -> "/?v-r=init&location="
                        + URLEncoder.encode(route.apply(session), StandardCharsets.UTF_8) + screen + "&v-wn=v-"
                        + session.userId() + "&v-curdate=" + System.currentTimeMillis())
                        .check(status().is(200), bodyString().saveAs("init")), ui))
                .exec(session -> session.set(STATE, VaadinUi.fromInit(session.getString("init"))).remove("init"))
                .exec(uidl(name + " navigation", (state, session) -> List.of(state.firstNavigation(
                        route.apply(session))), ui, substring(expected).exists()))
                .exec(renderEvents(name, ui));
    }

    private static ChainBuilder navigate(String name, Function<Community, String> route,
                                         Function<Community, String> expected) {
        return exec(uidl(name, (ui, session) -> List.of(ui.navigate(route.apply(community(session)))), true,
                session -> expected.apply(community(session))))
                .exec(renderEvents(name, true));
    }

    /** The message a browser sends once it rendered a new view (no think time: the page does it). */
    private static ChainBuilder renderEvents(String view, boolean ui) {
        return exec(session -> session.set("rendered", !state(session).renderEvents().isEmpty()))
                .doIf("#{rendered}").then(uidl(view + " render events", (state, session) -> state.renderEvents(),
                        ui));
    }

    /** What a grid's client confirms right after it applied an update (no think time: the browser does it). */
    private static ChainBuilder confirmGridUpdates() {
        return exec(session -> session.set("confirmations", !state(session).gridConfirmations().isEmpty()))
                .doIf("#{confirmations}").then(uidl("grid confirm",
                        (ui, session) -> ui.gridConfirmations()));
    }

    private static ChainBuilder uidl(String name, BiFunction<VaadinUi, Session, List<ObjectNode>> rpc,
                                     CheckBuilder... expected) {
        return uidl(name, rpc, true, expected);
    }

    private static ChainBuilder uidl(String name, BiFunction<VaadinUi, Session, List<ObjectNode>> rpc, boolean ui,
                                     CheckBuilder... expected) {
        return uidl(name, rpc, ui, null, expected);
    }

    /**
     * One UIDL round trip, its answer checked and applied to the UI state; {@code onPage}, when given, is text the
     * page must show once the answer is applied (a view reused for another community sends only what changed, so
     * the answer alone need not repeat a heading that stayed).
     */
    private static ChainBuilder uidl(String name, BiFunction<VaadinUi, Session, List<ObjectNode>> rpc, boolean ui,
                                     @Nullable Function<Session, String> onPage, CheckBuilder... expected) {
        List<CheckBuilder> checks = new ArrayList<>();
        checks.add(status().is(200));
        checks.add(bodyString().saveAs(ANSWER));
        ERROR_TEXTS.forEach(text -> checks.add(substring(text).notExists()));
        checks.addAll(List.of(expected));
        return exec(roundTrip(name, http(name)
                        .post(session -> "/?v-r=uidl&v-uiId=" + state(session).uiId())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(session -> state(session).message(rpc.apply(state(session), session))))
                        .check(checks), ui, session -> {
                    VaadinUi state = state(session);
                    state.apply(session.getString(ANSWER));
                    if (onPage != null && !state.textOf(1).contains(onPage.apply(session))) {
                        return session.markAsFailed();
                    }
                    return session;
                }));
    }

    /**
     * One request, timed and recorded for the benchmark's figures; a failed check ends the virtual user here, so
     * one failure is counted once and nothing runs on a UI state that is no longer the server's.
     */
    private static ChainBuilder roundTrip(String name, HttpRequestActionBuilder request, boolean ui) {
        return roundTrip(name, request, ui, session -> session);
    }

    /** As above; {@code afterAnswer} runs on a passed answer before the round trip is recorded, and may fail it. */
    private static ChainBuilder roundTrip(String name, HttpRequestActionBuilder request, boolean ui,
                                          UnaryOperator<Session> afterAnswer) {
        return exec(request.check(responseTimeInMillis().saveAs("rt")))
                .exec(session -> {
                    Session checked = session.isFailed() ? session : afterAnswer.apply(session);
                    return checked;
                })
                .exec(session -> {
                    long millis = session.contains("rt") ? session.getInt("rt") : -1;
                    LoadRecorder.record(name, millis, !session.isFailed(), ui, "user " + session.getString("email")
                            + (session.isFailed() ? " " + shownTexts(session) : ""));
                    return session.remove("rt");
                })
                .exitHereIfFailed();
    }

    /** The texts a failed answer set (a notification's among them), to tell why a step failed. */
    private static String shownTexts(Session session) {
        String answer = session.contains(ANSWER) ? session.getString(ANSWER) : "";
        List<String> texts = new ArrayList<>();
        Matcher matcher = SHOWN_TEXT.matcher(answer);
        while (matcher.find()) {
            texts.add(matcher.group(1));
        }
        // The last texts of an answer are those it set last: a notification's, after the rows of a list.
        return texts.subList(Math.max(0, texts.size() - 6), texts.size()).toString();
    }

    private static VaadinUi state(Session session) {
        return session.get(STATE);
    }

    private static Community community(Session session) {
        return session.get(COMMUNITY);
    }

    private static Community randomCommunity(Session session) {
        LoadUser user = session.get("user");
        List<Community> communities = user.communities();
        return communities.get(ThreadLocalRandom.current().nextInt(communities.size()));
    }
}

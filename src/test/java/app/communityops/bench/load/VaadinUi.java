package app.communityops.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab's view of a Vaadin Flow UI, as the real client keeps it: the UI id, the CSRF token of the UI,
 * the server's last {@code syncId} and {@code clientId}, and the state tree the server sent (node ids, tags, text,
 * children). A load-test virtual user builds each request from it and feeds each answer back, so it can press the
 * button that says "Approve" or scroll the grid that is on screen, by the ids the server gave them.
 *
 * <p>Only what the load test needs is modelled: tags, text nodes and parent-child links of any feature (children,
 * virtual children, attached nodes), and the grid connector's calls (row keys and update confirmations).
 */
final class VaadinUi {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final int TAG_FEATURE = 0;
    private static final int TEXT_FEATURE = 7;
    private static final int LISTENER_FEATURE = 4;
    private static final int ATTRIBUTE_FEATURE = 3;

    private final int uiId;
    private final String csrfToken;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private int syncId = -1;
    private int clientId;
    private int nextPromise = 1;
    /** The grid connector's pending update ids and row keys from the last answer, per grid node. */
    private final Map<Integer, List<Integer>> pendingConfirms = new HashMap<>();
    private final Map<Integer, List<String>> rowKeys = new HashMap<>();
    /** Property-change listeners the last answer registered: the browser answers them once the elements render. */
    private final List<ObjectNode> renderEvents = new ArrayList<>();

    private VaadinUi(int uiId, String csrfToken) {
        this.uiId = uiId;
        this.csrfToken = csrfToken;
    }

    /** The answer of {@code ?v-r=init}: the UI's id and token, and the first state tree. */
    static VaadinUi fromInit(String body) {
        JsonNode config = JSON.readTree(body).path("appConfig");
        JsonNode uidl = config.path("uidl");
        String token = uidl.path("Vaadin-Security-Key").asString("");
        if (token.isEmpty() || !config.has("v-uiId")) {
            throw new IllegalStateException("not a Vaadin init answer: " + abbreviate(body));
        }
        VaadinUi ui = new VaadinUi(config.path("v-uiId").asInt(), token);
        ui.apply(uidl);
        return ui;
    }

    int uiId() {
        return uiId;
    }

    /** Applies one answer of {@code ?v-r=uidl}; fails on a server-side error or an expired session. */
    void apply(String body) {
        if (System.getProperty("load.dump") != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("load.dump")), body + "\n\n",
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode answer = JSON.readTree(json);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        JsonNode meta = answer.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired")) {
            throw new IllegalStateException("server answered with " + meta);
        }
        apply(answer);
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        for (JsonNode change : uidl.path("changes")) {
            applyChange(change);
        }
        pendingConfirms.clear();
        renderEvents.clear();
        for (JsonNode change : uidl.path("changes")) {
            String key = change.path("key").asString("");
            if (change.path("type").asString().equals("put") && change.path("feat").asInt() == LISTENER_FEATURE
                    && key.endsWith("-changed") && nodes.containsKey(change.path("node").asInt())) {
                renderEvents.add(event(change.path("node").asInt(), key, JSON.createObjectNode()));
            }
        }
        for (JsonNode call : uidl.path("execute")) {
            readGridCall(call);
        }
    }

    private void applyChange(JsonNode change) {
        int id = change.path("node").asInt();
        Node node = nodes.computeIfAbsent(id, Node::new);
        switch (change.path("type").asString()) {
            case "detach" -> nodes.remove(id);
            case "put" -> {
                int feature = change.path("feat").asInt();
                String key = change.path("key").asString();
                if (change.has("nodeValue")) {
                    node.children(feature * 1000).add(change.get("nodeValue").asInt());
                } else if (feature == TAG_FEATURE && key.equals("tag")) {
                    node.tag = change.path("value").asString();
                } else if (feature == ATTRIBUTE_FEATURE && key.equals("id")) {
                    node.domId = change.path("value").asString();
                } else if (feature == TEXT_FEATURE && key.equals("text")) {
                    node.text = change.path("value").asString();
                }
            }
            case "splice" -> {
                List<Integer> children = node.children(change.path("feat").asInt());
                int index = Math.min(change.path("index").asInt(), children.size());
                int removed = change.path("remove").asInt(0);
                for (int i = 0; i < removed && index < children.size(); i++) {
                    children.remove(index);
                }
                List<Integer> added = new ArrayList<>();
                change.path("addNodes").forEach(child -> added.add(child.asInt()));
                children.addAll(index, added);
            }
            case "clear" -> node.children(change.path("feat").asInt()).clear();
            default -> {
                // "attach", "remove" of a property: nothing the load test reads.
            }
        }
    }

    /** Grid connector calls: {@code [{"@v-node":n}, args..., "return $0.$connector.confirm($1)"]} and rows. */
    private void readGridCall(JsonNode call) {
        if (!call.isArray() || call.size() < 2) {
            return;
        }
        String script = call.get(call.size() - 1).asString("");
        JsonNode target = call.get(0).path("@v-node");
        if (!target.isInt() || !script.contains("$connector.")) {
            return;
        }
        int grid = target.asInt();
        if (script.contains("$connector.confirm($1)")) {
            pendingConfirms.computeIfAbsent(grid, key -> new ArrayList<>()).add(call.get(1).asInt());
        } else if (script.contains("$connector.set(") && call.size() > 3 && call.get(2).isArray()) {
            List<String> keys = rowKeys.computeIfAbsent(grid, key -> new ArrayList<>());
            keys.clear();
            call.get(2).forEach(row -> keys.add(row.path("key").asString()));
        }
    }

    // ---- building messages -------------------------------------------------------------------------------------

    /** The request body that carries these RPC invocations, with the counters the server expects. */
    String message(List<ObjectNode> rpc) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        ArrayNode invocations = message.putArray("rpc");
        rpc.forEach(invocations::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }

    /** Client-side navigation, as a router link or the side navigation does it. */
    ObjectNode navigate(String route) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "client");
        return event(1, "ui-navigate", data);
    }

    /** The first navigation of a freshly loaded page. */
    ObjectNode firstNavigation(String route) {
        ObjectNode rpc = navigate("/" + route);
        ((ObjectNode) rpc.get("data")).put("trigger", "");
        return rpc;
    }

    /** The poll a UI with a poll interval sends (the report page while it generates). */
    ObjectNode poll() {
        return event(1, "ui-poll", JSON.createObjectNode());
    }

    ObjectNode click(int node) {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.shiftKey", false).put("event.metaKey", false).put("event.detail", 1)
                .put("event.ctrlKey", false).put("event.clientX", 500).put("event.clientY", 300)
                .put("event.altKey", false).put("event.button", 0).put("event.screenX", 510)
                .put("event.screenY", 390);
        return event(node, "click", data);
    }

    /** Typing into a text field whose value is sent lazily (the members grid's search). */
    List<ObjectNode> type(int field, String value) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync").put("node", field).put("feature", 1).put("property", "value").put("value", value);
        ObjectNode data = JSON.createObjectNode();
        data.put("1", 1).put("for", "trailing");
        return List.of(sync, event(field, "input", data));
    }

    ObjectNode gridRange(int grid, int start, int length) {
        return published(grid, "setViewportRange", start, length);
    }

    ObjectNode gridItemClick(int grid, String key) {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.detail.screenY", 600).put("event.detail.metaKey", false).put("event.detail.button", 0)
                .put("event.detail.shiftKey", false).put("event.detail.screenX", 800)
                .put("event.detail.itemKey", key).put("event.detail.internalColumnId", "col0")
                .put("event.detail.altKey", false).put("event.detail.clientX", 790).put("event.detail.detail", 1)
                .put("event.detail.clientY", 500).put("event.detail.ctrlKey", false);
        return event(grid, "item-click", data);
    }

    /**
     * What the browser sends right after it rendered new elements: their web components set their initial properties,
     * and each {@code *-changed} event the server listens to goes back to it in one message.
     */
    List<ObjectNode> renderEvents() {
        return List.copyOf(renderEvents);
    }

    /** The confirmations the grid's client sends after it applied an update. */
    List<ObjectNode> gridConfirmations() {
        List<ObjectNode> confirmations = new ArrayList<>();
        pendingConfirms.forEach((grid, ids) -> ids.forEach(id ->
                confirmations.add(published(grid, "confirmUpdate", id))));
        return confirmations;
    }

    private ObjectNode published(int node, String method, Object... args) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler").put("node", node).put("templateEventMethodName", method);
        ArrayNode arguments = rpc.putArray("templateEventMethodArgs");
        for (Object arg : args) {
            if (arg instanceof Integer number) {
                arguments.add(number);
            } else {
                arguments.add(String.valueOf(arg));
            }
        }
        rpc.put("promise", nextPromise++);
        return rpc;
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event").put("node", node).put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    // ---- reading the tree --------------------------------------------------------------------------------------

    /** The first element with this tag whose text contains the given text, in tree order. */
    Optional<Integer> find(String tag, String text) {
        return all(tag).stream().filter(id -> textOf(id).contains(text)).findFirst();
    }

    int require(String tag, String text) {
        return find(tag, text).orElseThrow(() -> new IllegalStateException(
                "no <" + tag + "> with \"" + text + "\" on the page"));
    }

    /** Any one of the elements with this tag and text, chosen at random (so that many users don't pick the same). */
    int requireAny(String tag, String text) {
        List<Integer> found = all(tag).stream().filter(id -> textOf(id).contains(text)).toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("no <" + tag + "> with \"" + text + "\" on the page");
        }
        return found.get(ThreadLocalRandom.current().nextInt(found.size()));
    }

    int requireFirst(String tag) {
        List<Integer> found = all(tag);
        if (found.isEmpty()) {
            throw new IllegalStateException("no <" + tag + "> on the page");
        }
        return found.getFirst();
    }

    /** The element with this id attribute. */
    int requireId(String domId) {
        return nodes.values().stream().filter(node -> domId.equals(node.domId)).map(node -> node.id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no element #" + domId + " on the page"));
    }

    /** Typing into a field whose value is sent when it changes (a text area, by default). */
    List<ObjectNode> fill(int field, String value) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync").put("node", field).put("feature", 1).put("property", "value").put("value", value);
        return List.of(sync, event(field, "change", JSON.createObjectNode()));
    }

    /** Ticking a checkbox: its {@code checked} property and the event that tells the server. */
    List<ObjectNode> check(int checkbox) {
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync").put("node", checkbox).put("feature", 1).put("property", "checked").put("value", true);
        return List.of(sync, event(checkbox, "checked-changed", JSON.createObjectNode()));
    }

    /** A random row key the grid received, for a click on a row that is on screen. */
    String anyRowKey(int grid) {
        List<String> keys = rowKeys.getOrDefault(grid, List.of());
        if (keys.isEmpty()) {
            throw new IllegalStateException("the grid " + grid + " received no rows; rows of " + rowKeys.keySet());
        }
        return keys.get(ThreadLocalRandom.current().nextInt(keys.size()));
    }

    private List<Integer> all(String tag) {
        List<Integer> found = new ArrayList<>();
        Node root = nodes.get(1);
        if (root != null) {
            collect(root, tag, found, 0);
        }
        return found;
    }

    private void collect(Node node, String tag, List<Integer> found, int depth) {
        if (depth > 200) {
            return;
        }
        if (tag.equals(node.tag)) {
            found.add(node.id);
        }
        for (List<Integer> children : node.children.values()) {
            for (int child : children) {
                Node next = nodes.get(child);
                if (next != null) {
                    collect(next, tag, found, depth + 1);
                }
            }
        }
    }

    String textOf(int id) {
        StringBuilder text = new StringBuilder();
        appendText(nodes.get(id), text, 0);
        return text.toString();
    }

    private void appendText(Node node, StringBuilder text, int depth) {
        if (node == null || depth > 200) {
            return;
        }
        if (node.text != null) {
            text.append(node.text);
        }
        for (List<Integer> children : node.children.values()) {
            for (int child : children) {
                appendText(nodes.get(child), text, depth + 1);
            }
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static final class Node {
        final int id;
        String tag;
        String text;
        String domId;
        final Map<Integer, List<Integer>> children = new LinkedHashMap<>();

        Node(int id) {
            this.id = id;
        }

        List<Integer> children(int feature) {
            return children.computeIfAbsent(feature, key -> new ArrayList<>());
        }
    }
}

package app.communityops.api;

import java.util.Optional;

/** What a key may do; each endpoint requires one. {@link #WRITE_ORDERS} is for the orders endpoints. */
public enum ApiScope {
    READ("read"), WRITE_MEMBERS("write:members"), WRITE_EVENTS("write:events"), WRITE_ORDERS("write:orders");

    private final String wireName;

    ApiScope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The Spring Security authority a key with this scope holds, e.g. {@code SCOPE_write:events}. */
    public String authority() {
        return "SCOPE_" + wireName;
    }

    public static Optional<ApiScope> fromWire(String text) {
        for (ApiScope scope : values()) {
            if (scope.wireName.equals(text)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}

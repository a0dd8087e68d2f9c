package app.communityops.members.ui;

import app.communityops.members.MemberFilter;
import app.communityops.members.MemberSort;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The CSV export's address for the grid's current filter and order. The contract with the export endpoint:
 * {@code export/communities/<id>/members.csv?status=..&mechanism=..&channel=..&tag=..&tier=..&from=YYYY-MM-DD
 * &to=YYYY-MM-DD&q=..&segment=AT_RISK&scoreFrom=0&scoreTo=100&sort=name|handle|applied|joined|active|warnings|health
 * &desc=true|false&zone=<time zone>}, a parameter repeated for
 * several values.
 */
final class MemberExportLink {

    private MemberExportLink() {
    }

    static String href(MemberFilter filter, MemberSort sort) {
        List<String> parameters = new ArrayList<>();
        addAll(parameters, "status", filter.statuses(), Enum::name);
        addAll(parameters, "mechanism", filter.mechanisms(), code -> code);
        addAll(parameters, "channel", filter.channelIds(), UUID::toString);
        addAll(parameters, "tag", filter.tags(), Function.identity());
        addAll(parameters, "tier", filter.tierIds(), UUID::toString);
        if (filter.joinedFrom() != null) {
            add(parameters, "from", filter.joinedFrom().toString());
        }
        if (filter.joinedTo() != null) {
            add(parameters, "to", filter.joinedTo().toString());
        }
        if (filter.text() != null) {
            add(parameters, "q", filter.text());
        }
        addAll(parameters, "segment", filter.segments(), Enum::name);
        if (filter.scoreFrom() != null) {
            add(parameters, "scoreFrom", filter.scoreFrom().toString());
        }
        if (filter.scoreTo() != null) {
            add(parameters, "scoreTo", filter.scoreTo().toString());
        }
        add(parameters, "sort", sort.field().parameter());
        add(parameters, "desc", String.valueOf(sort.descending()));
        add(parameters, "zone", filter.zone().getId());
        return "export/communities/" + filter.communityId() + "/members.csv?" + String.join("&", parameters);
    }

    private static <T> void addAll(List<String> parameters, String name, java.util.Collection<T> values,
                                   Function<T, String> text) {
        values.stream().map(text).sorted().forEach(value -> add(parameters, name, value));
    }

    private static void add(List<String> parameters, String name, String value) {
        parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}

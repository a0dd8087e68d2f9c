package app.communityops.join;

import app.communityops.screening.JoinLinkCounts;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Hands the links' figures to the Custom page's Where area, which screening owns. */
@Component
class WhereLinkCounts implements JoinLinkCounts {

    private final JoinLinkService links;

    WhereLinkCounts(JoinLinkService links) {
        this.links = links;
    }

    @Override
    public List<Row> rows(UUID communityId, LocalDate from, LocalDate to) {
        return links.figures(communityId, from, to).links().stream()
                .map(link -> new Row(link.campaign(), link.channelName(), link.archived(), link.applications(),
                        link.approved(), link.joined()))
                .toList();
    }
}

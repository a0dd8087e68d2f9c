package app.communityops.members;

import java.util.UUID;

/** An acquisition channel as lists, filters and forms show it. */
public record AcquisitionChannelSummary(UUID id, String name, long version) {
}

package app.communityops.today;

import java.time.LocalDate;
import java.util.List;

/** The service level over {@code [from, to]} (days in the tenant's zone), per operator, per community and in total. */
public record ServiceLevel(LocalDate from, LocalDate to, List<ServiceLevelRow> byOperator,
                           List<ServiceLevelRow> byCommunity, ServiceLevelRow total) {

    public ServiceLevel {
        byOperator = List.copyOf(byOperator);
        byCommunity = List.copyOf(byCommunity);
    }

    public boolean isEmpty() {
        return total.due() == 0;
    }
}

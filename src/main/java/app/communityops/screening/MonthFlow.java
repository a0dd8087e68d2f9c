package app.communityops.screening;

import java.time.YearMonth;

/** Members who joined and members eliminated in one month: the member flow the source text calls vital. */
public record MonthFlow(YearMonth month, int joins, int eliminations) {
}

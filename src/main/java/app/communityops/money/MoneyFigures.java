package app.communityops.money;

import java.time.LocalDate;
import java.util.List;

/**
 * The money KPIs of a community or of the user's communities for the days {@code from} to {@code to} inclusive,
 * in the tenant's zone. Definitions (docs/decisions/0009-money-figures.md): an order is paid when it is not fully
 * refunded, and counts with its net amount (paid minus refunded); a fully refunded order is counted only by the
 * refund rate.
 *
 * @param orders          paid orders in the period
 * @param allOrders       all orders paid in the period, fully refunded ones included
 * @param refundedOrders  orders of the period refunded in full or in part
 * @param payingMembers   members with at least one paid order in the period
 * @param repeatBuyers    members with at least two paid orders in the period
 * @param members         members who belonged to the community at any time in the period
 * @param buyingMembers   those members who had at least one paid order in the period
 * @param reviews         reviews written in the period on the scope's orders
 * @param positiveReviews of which rated at least the tenant's positive threshold
 */
public record MoneyFigures(LocalDate from, LocalDate to, int positiveThreshold, List<StreamRevenue> revenue,
                           List<CurrencyFigures> currencies, long orders, long allOrders, long refundedOrders,
                           long payingMembers, long repeatBuyers, long members, long buyingMembers, long reviews,
                           long positiveReviews) {

    /** Members with at least one paid order ÷ members. */
    public Rate firstPurchaseRate() {
        return new Rate(buyingMembers, members);
    }

    /** Buyers with at least two paid orders ÷ buyers. */
    public Rate repurchaseRate() {
        return new Rate(repeatBuyers, payingMembers);
    }

    /** Positive reviews ÷ all reviews. */
    public Rate positiveReviewRate() {
        return new Rate(positiveReviews, reviews);
    }

    /** Orders refunded in full or in part ÷ all orders of the period. */
    public Rate refundRate() {
        return new Rate(refundedOrders, allOrders);
    }
}

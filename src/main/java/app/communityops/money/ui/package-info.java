/** The Money screens: offers, a community's money page with figures and orders, the figures, commissions. */
@NullMarked
package app.communityops.money.ui;

import org.jspecify.annotations.NullMarked;

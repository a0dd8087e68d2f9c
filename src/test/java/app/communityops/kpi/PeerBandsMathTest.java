package app.communityops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The bands a client sees never give away one peer's figure (decision 0049): no boundary equals a peer's figure, and
 * for every peer there is another set of figures, differing in that peer's, that shows exactly the same bands, so
 * nothing shown can pin it down.
 */
class PeerBandsMathTest {

    /** Irregular figures, as real communities have them. */
    private static final double[] FIGURES = {4, 11, 13, 29, 31, 47, 52, 78, 90, 133, 141, 200};
    private static final UUID[] CLIENTS = {UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID()};

    @Test
    void eachBoundaryIsTheMeanOfTheThreeValuesNearestItsPosition() {
        List<BigDecimal> five = values(5);
        assertThat(PeerBands.boundary(five, 1, 4, 1)).isEqualByComparingTo("9.3");
        assertThat(PeerBands.boundary(five, 1, 2, 1)).isEqualByComparingTo("17.7");
        assertThat(PeerBands.boundary(five, 3, 4, 1)).isEqualByComparingTo("24.3");
        List<BigDecimal> nine = values(9);
        assertThat(PeerBands.boundary(nine, 1, 4, 1)).as("position 2: values 1..3").isEqualByComparingTo("17.7");
        assertThat(PeerBands.boundary(nine, 1, 2, 1)).as("position 4: values 3..5").isEqualByComparingTo("35.7");
        assertThat(PeerBands.boundary(nine, 3, 4, 1)).as("position 6: values 5..7").isEqualByComparingTo("59.0");
    }

    @Test
    void noShownNumberEqualsAnyPeersFigure() {
        for (int n = 5; n <= FIGURES.length; n++) {
            PeerBands.Band band = band(peers(values(n)));
            assertThat(band.shown()).isTrue();
            for (BigDecimal figure : values(n)) {
                assertThat(List.of(band.low(), band.median(), band.high())).as("%d peers", n)
                        .noneMatch(shown -> shown.compareTo(figure) == 0);
            }
            assertThat(band.communities()).isEqualTo(n);
        }
    }

    @Test
    void everyPeersFigureCanChangeWithoutChangingWhatIsShown() {
        for (int n = 5; n <= 9; n++) {
            List<BigDecimal> figures = values(n);
            PeerBands.Band shown = band(peers(figures));
            for (int peer = 0; peer < n; peer++) {
                assertThat(otherFiguresWithTheSameBands(figures, shown, peer))
                        .as("peer %d of %d can be told apart from the bands", peer, n).isTrue();
            }
        }
    }

    @Test
    void fewerThanFiveCommunitiesOrThreeClientsShowNoBand() {
        List<PeerBands.Peer> four = peers(values(4));
        PeerBands.Band tooFew = band(four);
        assertThat(tooFew.shown()).isFalse();
        assertThat(tooFew.communities()).isEqualTo(4);
        assertThat(tooFew.low()).isNull();

        List<PeerBands.Peer> twoClients = new ArrayList<>();
        for (BigDecimal figure : values(6)) {
            twoClients.add(new PeerBands.Peer(CLIENTS[twoClients.size() % 2], Map.of(Kpi.MEMBERS_NEW, figure)));
        }
        PeerBands.Band fromTwoClients = band(twoClients);
        assertThat(fromTwoClients.shown()).isFalse();
        assertThat(fromTwoClients.clients()).isEqualTo(2);
    }

    @Test
    void whereTheCommunityStandsAndItsPercentileRank() {
        BigDecimal low = new BigDecimal("10");
        BigDecimal median = new BigDecimal("20");
        BigDecimal high = new BigDecimal("30");
        assertThat(PeerBands.standing(new BigDecimal("5"), low, median, high)).isEqualTo(PeerBands.Standing.BELOW_P25);
        assertThat(PeerBands.standing(new BigDecimal("15"), low, median, high))
                .isEqualTo(PeerBands.Standing.P25_TO_MEDIAN);
        assertThat(PeerBands.standing(median, low, median, high)).isEqualTo(PeerBands.Standing.AT_MEDIAN);
        assertThat(PeerBands.standing(new BigDecimal("30"), low, median, high))
                .isEqualTo(PeerBands.Standing.MEDIAN_TO_P75);
        assertThat(PeerBands.standing(new BigDecimal("31"), low, median, high)).isEqualTo(PeerBands.Standing.ABOVE_P75);
        assertThat(PeerBands.standing(null, low, median, high)).isEqualTo(PeerBands.Standing.UNKNOWN);

        List<BigDecimal> peers = values(5);
        assertThat(PeerBands.rank(Kpi.MEMBERS_NEW, new BigDecimal("12"), peers)).isEqualByComparingTo("40");
        assertThat(PeerBands.rank(Kpi.CHURN_RATE, new BigDecimal("12"), peers))
                .as("lower is better: 12 beats 13, 29 and 31").isEqualByComparingTo("60");
        assertThat(PeerBands.rank(Kpi.MEMBERS_NEW, new BigDecimal("13"), peers)).as("a tie counts half")
                .isEqualByComparingTo("50");
    }

    /**
     * Searches the moves of up to all figures by −δ, 0 or +δ, with δ small against the gaps so the order stays, for
     * one that moves {@code peer}'s figure and leaves every shown number as it was.
     */
    private static boolean otherFiguresWithTheSameBands(List<BigDecimal> figures, PeerBands.Band shown, int peer) {
        int n = figures.size();
        BigDecimal delta = new BigDecimal("0.3");
        int moves = (int) Math.pow(3, n);
        for (int move = 0; move < moves; move++) {
            int[] steps = new int[n];
            int rest = move;
            for (int i = 0; i < n; i++) {
                steps[i] = rest % 3 - 1;
                rest /= 3;
            }
            if (steps[peer] == 0) {
                continue;
            }
            List<BigDecimal> moved = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                moved.add(figures.get(i).add(delta.multiply(BigDecimal.valueOf(steps[i]))));
            }
            PeerBands.Band other = band(peers(moved));
            if (other.low().compareTo(shown.low()) == 0 && other.median().compareTo(shown.median()) == 0
                    && other.high().compareTo(shown.high()) == 0) {
                return true;
            }
        }
        return false;
    }

    private static PeerBands.Band band(List<PeerBands.Peer> peers) {
        return PeerBands.of(List.of(Kpi.MEMBERS_NEW), peers, Map.of(Kpi.MEMBERS_NEW, BigDecimal.TEN))
                .band(Kpi.MEMBERS_NEW).orElseThrow();
    }

    private static List<PeerBands.Peer> peers(List<BigDecimal> figures) {
        List<PeerBands.Peer> peers = new ArrayList<>();
        for (BigDecimal figure : figures) {
            peers.add(new PeerBands.Peer(CLIENTS[peers.size() % CLIENTS.length], Map.of(Kpi.MEMBERS_NEW, figure)));
        }
        return peers;
    }

    private static List<BigDecimal> values(int n) {
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(BigDecimal.valueOf(FIGURES[i]));
        }
        return values;
    }
}

package app.communityops.report;

import app.communityops.money.CurrencyFigures;
import app.communityops.money.MoneyFigures;
import app.communityops.money.MoneyFiguresService;
import app.communityops.money.OfferService;
import app.communityops.money.OfferStatus;
import app.communityops.money.OfferSummary;
import app.communityops.money.OfferType;
import app.communityops.money.Rate;
import app.communityops.money.StreamRevenue;
import app.communityops.report.OperationsReport.Chart;
import app.communityops.report.OperationsReport.ChartKind;
import app.communityops.report.OperationsReport.Fact;
import app.communityops.report.OperationsReport.Facts;
import app.communityops.report.OperationsReport.Series;
import app.communityops.report.OperationsReport.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Money: the money screens' own figures for the period (never recomputed here), revenue by stream, the offers. */
@Component
class MoneySection implements ReportSection {

    private final MoneyFiguresService figures;
    private final OfferService offers;

    MoneySection(MoneyFiguresService figures, OfferService offers) {
        this.figures = figures;
        this.offers = offers;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public OperationsReport.Section build(ReportContext context) {
        ReportTexts texts = context.texts();
        MoneyFigures money = figures.community(context.communityId(), context.period().from(), context.period().to());
        List<OfferSummary> offered = offers.forCommunity(context.communityId()).stream()
                .filter(offer -> offer.status() != OfferStatus.DRAFT).toList();
        List<Fact> facts = new ArrayList<>();
        for (CurrencyFigures currency : money.currencies()) {
            facts.add(new Fact(texts.t("report.money.revenue", currency.currency()),
                    texts.money(currency.currency(), currency.netRevenue())));
        }
        facts.add(new Fact(texts.t("report.money.orders"), texts.count(money.orders())));
        facts.add(new Fact(texts.t("report.money.payingMembers"), texts.count(money.payingMembers())));
        facts.add(rate(texts, "report.money.firstPurchase", money.firstPurchaseRate()));
        facts.add(rate(texts, "report.money.repurchase", money.repurchaseRate()));
        facts.add(rate(texts, "report.money.positiveReviews", money.positiveReviewRate()));
        facts.add(rate(texts, "report.money.refunds", money.refundRate()));
        List<OperationsReport.Block> blocks = new ArrayList<>(List.of(new Facts(facts)));
        blocks.add(streamChart(money, texts));
        blocks.add(new Table(texts.t("report.money.byStream"), List.of(texts.t("report.money.stream"),
                texts.t("report.money.amount")),
                money.revenue().stream().map(stream -> List.of(texts.t("money.offer.type." + stream.type().name()),
                        texts.money(stream.currency(), stream.amount()))).toList(),
                texts.t("report.money.noRevenue")));
        blocks.add(new Table(texts.t("report.money.offers"), List.of(texts.t("report.money.offer"),
                texts.t("report.money.stream"), texts.t("report.money.price"), texts.t("report.money.status")),
                offered.stream().map(offer -> List.of(offer.name() + (offer.hitProduct() ? " ★" : ""),
                        texts.t("money.offer.type." + offer.type().name()), texts.money(offer.currency(), offer.price()),
                        texts.t("money.offer.status." + offer.status().name()))).toList(),
                texts.t("report.money.noOffers")));
        boolean noData = offered.isEmpty() && money.allOrders() == 0 && money.reviews() == 0;
        return Sections.of("money", texts, noData, blocks);
    }

    private static Fact rate(ReportTexts texts, String key, Rate rate) {
        return new Fact(texts.t(key), texts.rate(rate.percent(), rate.numerator(), rate.denominator()));
    }

    /** One bar per stream, one series per currency: amounts in different currencies are never added. */
    private static Chart streamChart(MoneyFigures money, ReportTexts texts) {
        List<OfferType> streams = money.revenue().stream().map(StreamRevenue::type).distinct().toList();
        List<String> currencies = money.revenue().stream().map(StreamRevenue::currency).distinct().sorted().toList();
        List<Series> series = currencies.stream().map(currency -> new Series(currency, streams.stream()
                .map(type -> money.revenue().stream()
                        .filter(r -> r.type() == type && r.currency().equals(currency))
                        .map(StreamRevenue::amount).reduce(BigDecimal.ZERO, BigDecimal::add)).toList())).toList();
        return new Chart(ChartKind.BAR, texts.t("report.money.byStream"), texts.t("report.money.stream"),
                streams.stream().map(type -> texts.t("money.offer.type." + type.name())).toList(), series);
    }
}

package app.communityops.money.io;

import java.util.List;

/** The columns of an orders file, with the header names recognised for each (English and Chinese). */
public enum OrderColumn {
    MEMBER(120, "member", "handle", "member handle", "成员", "会员", "微信号", "账号"),
    OFFER(120, "offer", "product", "offer name", "产品", "商品", "课程"),
    AMOUNT(40, "amount", "amount paid", "金额", "支付金额", "实付金额"),
    CURRENCY(12, "currency", "币种", "货币"),
    PAID_AT(40, "paid at", "date", "payment time", "支付时间", "付款时间", "日期"),
    CHANNEL(60, "channel", "sales channel", "渠道", "成交渠道"),
    REFERRER(120, "referrer", "referred by", "推荐人", "分佣人"),
    EXTERNAL_ID(120, "external order id", "order id", "reference", "外部订单号", "订单号");

    static final List<OrderColumn> REQUIRED = List.of(MEMBER, OFFER, AMOUNT, CURRENCY, PAID_AT, CHANNEL);

    private final int maxLength;
    private final List<String> names;

    OrderColumn(int maxLength, String... names) {
        this.maxLength = maxLength;
        this.names = List.of(names);
    }

    int maxLength() {
        return maxLength;
    }

    List<String> names() {
        return names;
    }
}

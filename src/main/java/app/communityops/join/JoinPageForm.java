package app.communityops.join;

import org.jspecify.annotations.Nullable;

/** What the operator edits of a join page; the payment QR image is saved on its own, as it is uploaded. */
public class JoinPageForm {

    private boolean paused;
    private @Nullable String valueZh;
    private @Nullable String valueEn;
    private @Nullable String rulesZh;
    private @Nullable String rulesEn;
    private @Nullable String privacyZh;
    private @Nullable String privacyEn;
    private String privacyVersion = "1";
    private @Nullable String paymentZh;
    private @Nullable String paymentEn;

    public static JoinPageForm of(JoinPageDetails page) {
        JoinPageForm form = new JoinPageForm();
        form.setPaused(page.paused());
        form.setValueZh(page.value().zh());
        form.setValueEn(page.value().en());
        form.setRulesZh(page.rules().zh());
        form.setRulesEn(page.rules().en());
        form.setPrivacyZh(page.privacy().zh());
        form.setPrivacyEn(page.privacy().en());
        form.setPrivacyVersion(page.privacyVersion());
        form.setPaymentZh(page.payment().zh());
        form.setPaymentEn(page.payment().en());
        return form;
    }

    public boolean isPaused() { return paused; }
    public void setPaused(boolean paused) { this.paused = paused; }
    public @Nullable String getValueZh() { return valueZh; }
    public void setValueZh(@Nullable String valueZh) { this.valueZh = valueZh; }
    public @Nullable String getValueEn() { return valueEn; }
    public void setValueEn(@Nullable String valueEn) { this.valueEn = valueEn; }
    public @Nullable String getRulesZh() { return rulesZh; }
    public void setRulesZh(@Nullable String rulesZh) { this.rulesZh = rulesZh; }
    public @Nullable String getRulesEn() { return rulesEn; }
    public void setRulesEn(@Nullable String rulesEn) { this.rulesEn = rulesEn; }
    public @Nullable String getPrivacyZh() { return privacyZh; }
    public void setPrivacyZh(@Nullable String privacyZh) { this.privacyZh = privacyZh; }
    public @Nullable String getPrivacyEn() { return privacyEn; }
    public void setPrivacyEn(@Nullable String privacyEn) { this.privacyEn = privacyEn; }
    public String getPrivacyVersion() { return privacyVersion; }
    public void setPrivacyVersion(String privacyVersion) { this.privacyVersion = privacyVersion; }
    public @Nullable String getPaymentZh() { return paymentZh; }
    public void setPaymentZh(@Nullable String paymentZh) { this.paymentZh = paymentZh; }
    public @Nullable String getPaymentEn() { return paymentEn; }
    public void setPaymentEn(@Nullable String paymentEn) { this.paymentEn = paymentEn; }
}

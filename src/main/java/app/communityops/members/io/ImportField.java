package app.communityops.members.io;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The member fields a file's columns can fill, with the header names recognised for each (English and Chinese,
 * compared without case, spaces, underscores or hyphens) and the most characters a cell may hold: the database
 * column's limit, so an over-long cell is refused at validation instead of failing the load.
 */
public enum ImportField {
    NAME(120, "name", "full name", "姓名", "名字"),
    NICKNAME(120, "nickname", "nick", "昵称", "群昵称"),
    HANDLE(120, "handle", "account", "wechat", "wechat id", "账号", "微信号", "账户"),
    PHONE(40, "phone", "mobile", "phone number", "手机", "手机号", "电话"),
    EMAIL(254, "email", "e-mail", "mail", "邮箱", "电子邮箱"),
    TAGS(1000, "tags", "tag", "标签"),
    CHANNEL(80, "channel", "acquisition channel", "source", "渠道", "来源渠道"),
    TIER(60, "tier", "member tier", "level", "等级", "会员等级"),
    LIFETIME_PURCHASE(40, "lifetime purchase", "purchase", "lifetime purchases", "累计消费", "消费金额"),
    NOTES(2000, "notes", "note", "remarks", "备注"),
    EXTERNAL_ID(120, "external id", "id", "external", "外部编号", "编号"),
    STATUS(40, "status", "状态"),
    JOINED(40, "joined", "joined date", "joined at", "join date", "入群日期", "入群时间");

    private final int maxLength;
    private final List<String> aliases;

    ImportField(int maxLength, String... aliases) {
        this.maxLength = maxLength;
        this.aliases = Arrays.stream(aliases).map(ImportField::normalise).toList();
    }

    /** The most characters a cell of this field may have. */
    public int maxLength() {
        return maxLength;
    }

    public boolean required() {
        return this == NAME || this == HANDLE;
    }

    public String labelKey() {
        return "memberio.field." + name().toLowerCase(Locale.ROOT);
    }

    /** The field a header names, if it is one of the known names. */
    public static Optional<ImportField> forHeader(String header) {
        String key = normalise(header);
        return Arrays.stream(values()).filter(field -> field.aliases.contains(key)).findFirst();
    }

    static String normalise(String header) {
        StringBuilder key = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '_' && c != '-' && c != '\uFEFF') {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}

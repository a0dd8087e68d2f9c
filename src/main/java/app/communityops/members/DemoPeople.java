package app.communityops.members;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Believable demo names and handles, Chinese and English, from a fixed seed so every demo looks the same. */
final class DemoPeople {

    record Person(String name, String handle, String email) {
    }

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于");
    private static final List<String> PINYIN = List.of("wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang",
            "zhou", "wu", "xu", "sun", "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng",
            "xie", "han", "tang", "feng", "yu");
    private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "杰", "涛", "明",
            "超", "霞", "平", "刚", "华", "鹏", "婷", "浩", "宇", "欣", "晨", "思远", "子涵", "雨桐", "一鸣", "嘉怡",
            "梓轩", "佳琪", "俊杰", "晓东", "文博", "若曦", "浩然", "诗涵");
    private static final List<String> FIRST = List.of("Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Mia", "Ethan",
            "Sophia", "Leo", "Chloe", "Daniel", "Grace", "Ryan", "Lily", "Kevin", "Amy", "Jason", "Cindy", "Eric",
            "Vivian", "Tony", "Iris", "Frank");
    private static final List<String> LAST = List.of("Smith", "Chen", "Wang", "Johnson", "Lee", "Brown", "Garcia",
            "Liu", "Taylor", "Nguyen", "Zhang", "Miller", "Wilson", "Lin", "Davis");

    private final Random random;
    private final Set<String> handles = new HashSet<>();

    DemoPeople(long seed) {
        this.random = new Random(seed);
    }

    Person next() {
        if (random.nextInt(10) < 7) {
            int surname = random.nextInt(SURNAMES.size());
            String given = pick(GIVEN);
            String handle = unique("wx_" + PINYIN.get(surname) + (100 + random.nextInt(9900)));
            return new Person(SURNAMES.get(surname) + given, handle, handle + "@example.cn");
        }
        String first = pick(FIRST);
        String last = pick(LAST);
        String handle = unique(first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT));
        return new Person(first + " " + last, handle, handle + "@example.com");
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String unique(String base) {
        String handle = base;
        for (int n = 2; !handles.add(handle); n++) {
            handle = base + n;
        }
        return handle;
    }
}

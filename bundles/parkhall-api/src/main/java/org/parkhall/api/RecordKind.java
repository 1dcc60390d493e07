package org.parkhall.api;

import org.parkhall.spi.Bilingual;

/**
 * The special windows' work (专项工作), each kept as a {@link WorkRecord}: what sets one kind apart from another is
 * said here once, the rest of the record is the same for all.
 *
 * @since 3.2
 */
public enum RecordKind {
    /** 办不成事反映: someone could not get something done; timed by its {@link RecordClass}. */
    UNRESOLVED("BC", Bilingual.of("办不成事反映", "could-not-get-it-done report"), false, true),
    /** 投诉处理: a complaint about staff, a counter, a department or an item; the complainant follows it with a proof. */
    COMPLAINT("TS", Bilingual.of("投诉处理", "complaint"), true, true),
    /** 帮办代办: an assisted or proxy service, counted per staff member. */
    ASSISTED("BD", Bilingual.of("帮办代办", "assisted or proxy service"), false, false),
    /** 咨询导办: a quick record at the guide's desk, answered or referred at once (首问负责). */
    CONSULTATION("ZX", Bilingual.of("咨询导办", "consultation"), false, false),
    /** 上门服务: an enterprise asks for on-site service (online too); scheduled, assigned, its result recorded. */
    ONSITE("SM", Bilingual.of("上门服务", "on-site service"), true, false);

    private final String prefix;
    private final Bilingual title;
    private final boolean publicProof;
    private final boolean callsBack;

    RecordKind(String prefix, Bilingual title, boolean publicProof, boolean callsBack) {
        this.prefix = prefix;
        this.title = title;
        this.publicProof = publicProof;
        this.callsBack = callsBack;
    }

    /** The letters its record numbers start with. */
    public String prefix() {
        return prefix;
    }

    public Bilingual title() {
        return title;
    }

    /** Whether the person it is for is given a query code (查询码) to follow it on the public pages. */
    public boolean publicProof() {
        return publicProof;
    }

    /** Whether a reply leaves it waiting for the call back to the person (回访) before it is closed. */
    public boolean callsBack() {
        return callsBack;
    }
}

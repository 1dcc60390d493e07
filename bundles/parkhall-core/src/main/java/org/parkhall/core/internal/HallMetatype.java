package org.parkhall.core.internal;

/** Where the core's configuration labels are, in English and Chinese (Metatype localization). */
public final class HallMetatype {
    /** {@code OSGI-INF/l10n/hall.properties} and {@code hall_zh.properties}. */
    public static final String TEXTS = "OSGI-INF/l10n/hall";

    private HallMetatype() {
    }
}

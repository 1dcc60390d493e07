package org.parkhall.api;

import java.util.List;
import java.util.Optional;

import org.parkhall.spi.Bilingual;

/**
 * The questions a rating answers, as one versioned set; each rating stores the version it was given under, so a
 * rating keeps the meaning it had when the set changes.
 *
 * @param version     stored on each rating; a rating sent under another version than the current one is refused
 * @param source      where the questions come from
 * @param indicators  in the order they are asked, keyed by the {@link Evaluation} field that answers them
 */
public record RatingIndicators(String version, Bilingual source, List<Indicator> indicators) {

    /** One question, keyed {@code overall}, {@code efficiency}, {@code competence} or {@code attitude}. */
    public record Indicator(String key, Bilingual name) {
    }

    /**
     * The national in-person indicators of 好差评 (国办发〔2019〕51号, GB/T 39734-2020): 整体满意度, 服务效率, 服务水平,
     * 服务态度.
     */
    public static final RatingIndicators NATIONAL = new RatingIndicators("GB/T 39734-2020",
            Bilingual.of("国办发〔2019〕51号、GB/T 39734-2020 现场服务评价", "national in-person rating, GB/T 39734-2020"),
            List.of(new Indicator("overall", Bilingual.of("整体满意度", "overall satisfaction")),
                    new Indicator("efficiency", Bilingual.of("服务效率", "service efficiency")),
                    new Indicator("competence", Bilingual.of("服务水平", "service quality")),
                    new Indicator("attitude", Bilingual.of("服务态度", "service attitude"))));

    /** What the pad asked before the national set: ratings stored until migration 020 carry it. */
    public static final RatingIndicators FIRST = new RatingIndicators("parkhall-1",
            Bilingual.of("本厅初版评价项", "the hall's first questions"),
            List.of(new Indicator("overall", Bilingual.of("总体评价", "overall")),
                    new Indicator("efficiency", Bilingual.of("办事效率", "efficiency")),
                    new Indicator("competence", Bilingual.of("业务能力", "competence")),
                    new Indicator("attitude", Bilingual.of("服务态度", "attitude"))));

    /** The set ratings are given under now. */
    public static RatingIndicators current() {
        return NATIONAL;
    }

    /** The set a stored rating names. */
    public static Optional<RatingIndicators> of(String version) {
        return List.of(NATIONAL, FIRST).stream().filter(set -> set.version.equals(version)).findFirst();
    }

    public RatingIndicators {
        indicators = List.copyOf(indicators);
    }
}

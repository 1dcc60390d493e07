package org.parkhall.api;

/**
 * One row of a period report: the whole hall, or one counter (窗口), staff member, item or department. A figure that
 * does not belong to the row's kind (a counter has no overdue cases; work records carry no site) is {@code null},
 * never a 0 that reads as "none". Times are in minutes; a share is between 0 and 1, 0 when there was nothing to count.
 *
 * @param key                   {@code hall}, counter number, user name, item code or department code
 * @param served                tickets whose service finished
 * @param averageWait           average minutes from arrival to call, of the tickets called
 * @param p90Wait               90th percentile (nearest rank) of those waits
 * @param accepted              cases accepted (受理)
 * @param decided               cases approved or denied
 * @param decidedOnTime         of those, decided on or before their due date (the legal limit)
 * @param onTime                decidedOnTime as a share of decided
 * @param ratings               ratings given (those an upheld appeal excluded not counted)
 * @param satisfaction          share of ratings 基本满意 or better
 * @param badRatings            ratings 不满意 or 非常不满意
 * @param openCases             cases running their clock at the period's end
 * @param overdueCases          of those, past their due date
 * @param openRecords           work records (办不成事、投诉…) open at the period's end
 * @param overdueRecords        of those, past a reply's day
 * @param openRectifications    rectifications not followed up at the period's end
 * @param overdueRectifications of those, past their deadline
 * @since 3.3
 */
public record ReportLine(String key, Integer served, Double averageWait, Double p90Wait, Integer accepted,
        Integer decided, Integer decidedOnTime, Double onTime, Integer ratings, Double satisfaction,
        Integer badRatings, Integer openCases, Integer overdueCases, Integer openRecords, Integer overdueRecords,
        Integer openRectifications, Integer overdueRectifications) {
}

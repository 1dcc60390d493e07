package org.parkhall.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Checks of the facts an applicant declared on the form, for {@link ItemHandler#review}. A fact is read with
 * {@link Application#fact}, so a missing one is empty, and surrounding white space is ignored. Each check has two
 * forms: one that only reads the fact, for handlers that word the problem themselves or use the value elsewhere
 * (e.g. in {@link ItemHandler#decideInstantly}), and one that also adds a {@link Problem} on the field, worded from
 * the field's label: the declared {@link FormField}'s, or one given as {@code zh}, {@code en} (e.g. "职工人数",
 * "number of employees"). The hall has already checked each declared field against its kind and limits, and tells
 * a field's problem once, so these add what a declaration cannot say.
 */
public final class FactChecks {
    /** Pass as {@code max} to {@link #wholeNumber} when only a lower bound applies. */
    public static final int NO_MAXIMUM = Integer.MAX_VALUE;

    private FactChecks() {
    }

    /** The fact as a decimal number (e.g. "45.5"), or empty when it is missing or not a number. */
    public static Optional<BigDecimal> number(Application application, String field) {
        try {
            return Optional.of(new BigDecimal(application.fact(field).strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The fact as a number greater than zero, or empty when it is missing, not a number, zero or negative. */
    public static Optional<BigDecimal> positiveNumber(Application application, String field) {
        return number(application, field).filter(number -> number.signum() > 0);
    }

    /**
     * Like {@link #positiveNumber(Application, String)}, adding "请填写大于零的{zh}" when empty; a missing fact
     * gets the same problem, since the label already says what to fill in.
     */
    public static Optional<BigDecimal> positiveNumber(Application application, String field, String zh, String en,
            List<Problem> problems) {
        Optional<BigDecimal> number = positiveNumber(application, field);
        if (number.isEmpty()) {
            problems.add(new Problem(field, Bilingual.of("请填写大于零的" + zh,
                    en + " must be a number greater than zero")));
        }
        return number;
    }

    /** As {@link #positiveNumber(Application, String, String, String, List)}, worded from the field's label. */
    public static Optional<BigDecimal> positiveNumber(Application application, FormField field,
            List<Problem> problems) {
        return positiveNumber(application, field.key(), field.label().zh(), field.label().en(), problems);
    }

    /** The fact as a whole number from {@code min} to {@code max}, or empty when it is missing or is not one. */
    public static OptionalInt wholeNumber(Application application, String field, int min, int max) {
        try {
            int number = Integer.parseInt(application.fact(field).strip());
            return number >= min && number <= max ? OptionalInt.of(number) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * Like {@link #wholeNumber(Application, String, int, int)}, adding a problem naming the bounds when empty,
     * missing facts included; with {@link #NO_MAXIMUM} it names the lower bound only.
     */
    public static OptionalInt wholeNumber(Application application, String field, String zh, String en, int min,
            int max, List<Problem> problems) {
        OptionalInt number = wholeNumber(application, field, min, max);
        if (number.isEmpty()) {
            problems.add(new Problem(field, max == NO_MAXIMUM
                    ? Bilingual.of(zh + "须为不小于" + min + "的整数", en + " must be a whole number, at least " + min)
                    : Bilingual.of(zh + "须为" + min + "至" + max + "之间的整数",
                            en + " must be a whole number from " + min + " to " + max)));
        }
        return number;
    }

    /**
     * The fact as an ISO date (YYYY-MM-DD) not after {@code today}, or empty. The caller passes today, as its own
     * clock in the hall's time zone tells it, so that tests can fix the day.
     */
    public static Optional<LocalDate> pastDate(Application application, String field, LocalDate today) {
        try {
            LocalDate date = LocalDate.parse(application.fact(field).strip());
            return date.isAfter(today) ? Optional.empty() : Optional.of(date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Like {@link #pastDate(Application, String, LocalDate)}, adding a problem when empty: that the field is
     * required when it was left empty, else that it must be a valid date not after today.
     */
    public static Optional<LocalDate> pastDate(Application application, String field, String zh, String en,
            LocalDate today, List<Problem> problems) {
        Optional<LocalDate> date = pastDate(application, field, today);
        if (application.fact(field).isBlank()) {
            problems.add(Problem.required(field, zh, en));
        } else if (date.isEmpty()) {
            problems.add(new Problem(field, Bilingual.of(zh + "须为YYYY-MM-DD格式的有效日期（如2025-06-30），且不晚于今天",
                    en + " must be a valid date (YYYY-MM-DD), not in the future")));
        }
        return date;
    }

    /** As {@link #pastDate(Application, String, String, String, LocalDate, List)}, worded from the field's label. */
    public static Optional<LocalDate> pastDate(Application application, FormField field, LocalDate today,
            List<Problem> problems) {
        return pastDate(application, field.key(), field.label().zh(), field.label().en(), today, problems);
    }

    /**
     * Adds a problem on {@code applicant} unless an enterprise applies (by its unified social credit code). The
     * department words the {@code advice}, since who must apply differs: the employer, the project owner, the unit.
     */
    public static void requireEnterprise(Application application, Bilingual advice, List<Problem> problems) {
        if (application.applicant().kind() != Applicant.Kind.ENTERPRISE) {
            problems.add(new Problem("applicant", advice));
        }
    }
}

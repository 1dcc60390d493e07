package org.parkhall.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One field of an item's form (申请表): a fact the applicant declares and the handler reads with
 * {@link Application#fact}. The console, the public guide and the printed application render the form from these
 * declarations, and the hall checks every declared field before the handler reviews (see
 * {@link ServiceGuide#checkFacts}). Declare one in a line from a factory and the withers, e.g.
 * {@code FormField.integer("shareholders", "股东人数", "number of shareholders").between(1, 50)}.
 *
 * <p>Values arrive as text: a yes/no as {@code "true"}/{@code "false"}, a date as YYYY-MM-DD, a number as a plain
 * decimal, a choice as its value.
 *
 * @param key       the fact's key, e.g. {@code companyName}: a letter, then letters and digits (at most 64)
 * @param label     what the form calls it, and what problems on it are worded from
 * @param kind      what the value must be
 * @param required  whether it must be filled in (a yes/no field left out means no, so it is never required)
 * @param choices   the values a {@link Kind#CHOICE} field offers, in order; none for other kinds
 * @param help      a hint shown beside the field, or null
 * @param min       the least value of a number, or null
 * @param max       the greatest value of a number, or null
 * @param maxLength the most characters the value may have
 * @param unit      the unit of a number (e.g. 万元, m²), or null
 * @param shownWhen when the field is asked only if another field has a given value, or null (always asked)
 */
public record FormField(String key, Bilingual label, Kind kind, boolean required, List<Choice> choices,
        Bilingual help, BigDecimal min, BigDecimal max, int maxLength, Bilingual unit, ShownWhen shownWhen) {

    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,63}");
    /** Plain decimals only: no exponent, no NaN, no digits of other scripts. */
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** The most a fact may hold, as the hall stores it. */
    private static final int MOST_CHARACTERS = 2000;

    /** 委托他人代为办理: asked on every item whose guide has a proxy material. */
    public static final FormField BY_AGENT = yesNo("byAgent", "委托他人代为办理", "applying through an agent");

    /** What a field's value must be, and the most characters it may have unless the department says otherwise. */
    public enum Kind {
        TEXT(200), LONG_TEXT(MOST_CHARACTERS), INTEGER(18), NUMBER(30), MONEY(30), DATE(10), CHOICE(64), YES_NO(5),
        ID_NUMBER(18), CREDIT_CODE(18), PHONE(20);

        private final int maxLength;

        Kind(int maxLength) {
            this.maxLength = maxLength;
        }

        boolean numeric() {
            return this == INTEGER || this == NUMBER || this == MONEY;
        }

        boolean text() {
            return this == TEXT || this == LONG_TEXT;
        }
    }

    /** One value a choice field offers, e.g. {@code week} 周. */
    public record Choice(String value, Bilingual label) {
        public Choice {
            value = Checks.notBlank(value, "choice value");
            if (label == null) {
                throw new IllegalArgumentException("choice " + value + " needs a label");
            }
        }

        public static Choice of(String value, String zh, String en) {
            return new Choice(value, Bilingual.of(zh, en));
        }
    }

    /** The field is asked only when field {@code key} has {@code value}. */
    public record ShownWhen(String key, String value) {
        public ShownWhen {
            key = Checks.notBlank(key, "shown-when key");
            value = Checks.notBlank(value, "shown-when value");
        }
    }

    public FormField {
        key = Checks.notBlank(key, "field key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a field key is a letter, then letters and digits (at most 64): " + key);
        }
        if (label == null || kind == null) {
            throw new IllegalArgumentException("field " + key + " needs a label and a kind");
        }
        if (kind == Kind.YES_NO && required) {
            throw new IllegalArgumentException("yes/no field " + key + " left out means no, so it is not required");
        }
        choices = Checks.list(choices, "choices");
        if ((kind == Kind.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("field " + key + ": a choice field offers choices, no other does");
        }
        if (choices.stream().map(Choice::value).distinct().count() != choices.size()) {
            throw new IllegalArgumentException("field " + key + ": choice values must be unique");
        }
        if ((min != null || max != null || unit != null) && !kind.numeric()) {
            throw new IllegalArgumentException("field " + key + ": only a number has limits or a unit");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("field " + key + ": min " + min + " is over max " + max);
        }
        if (maxLength < 1 || maxLength > MOST_CHARACTERS) {
            throw new IllegalArgumentException("field " + key + ": max length must be 1 to " + MOST_CHARACTERS);
        }
        if (shownWhen != null && shownWhen.key().equals(key)) {
            throw new IllegalArgumentException("field " + key + " cannot be shown depending on itself");
        }
    }

    private static FormField of(Kind kind, String key, String zh, String en, List<Choice> choices) {
        return new FormField(key, Bilingual.of(zh, en), kind, kind != Kind.YES_NO, choices, null, null, null,
                kind.maxLength, null, null);
    }

    /** A required line of text, such as a name (at most 200 characters unless {@link #maxLength} says). */
    public static FormField text(String key, String zh, String en) {
        return of(Kind.TEXT, key, zh, en, List.of());
    }

    /** A required text of several lines, such as a business scope. */
    public static FormField longText(String key, String zh, String en) {
        return of(Kind.LONG_TEXT, key, zh, en, List.of());
    }

    /** A required whole number. */
    public static FormField integer(String key, String zh, String en) {
        return of(Kind.INTEGER, key, zh, en, List.of());
    }

    /** A required decimal number. */
    public static FormField number(String key, String zh, String en) {
        return of(Kind.NUMBER, key, zh, en, List.of());
    }

    /** A required amount of money, zero or more (in yuan unless {@link #unit} says, e.g. 万元). */
    public static FormField money(String key, String zh, String en) {
        return of(Kind.MONEY, key, zh, en, List.of()).atLeast(0);
    }

    /** A required date (YYYY-MM-DD). */
    public static FormField date(String key, String zh, String en) {
        return of(Kind.DATE, key, zh, en, List.of());
    }

    /** A required choice of one of the given values. */
    public static FormField choice(String key, String zh, String en, Choice... choices) {
        return of(Kind.CHOICE, key, zh, en, List.of(choices));
    }

    /** A yes/no question; left out, the answer is no. */
    public static FormField yesNo(String key, String zh, String en) {
        return of(Kind.YES_NO, key, zh, en, List.of());
    }

    /** A required citizen ID number (GB 11643), checked as {@link IdentityNumbers#isValidIdCard} does. */
    public static FormField idNumber(String key, String zh, String en) {
        return of(Kind.ID_NUMBER, key, zh, en, List.of());
    }

    /** A required unified social credit code (GB 32100), checked as {@link IdentityNumbers#isValidCreditCode}. */
    public static FormField creditCode(String key, String zh, String en) {
        return of(Kind.CREDIT_CODE, key, zh, en, List.of());
    }

    /** A required phone number, mobile or fixed line with area code. */
    public static FormField phone(String key, String zh, String en) {
        return of(Kind.PHONE, key, zh, en, List.of());
    }

    /** This field, not required. */
    public FormField optional() {
        return new FormField(key, label, kind, false, choices, help, min, max, maxLength, unit, shownWhen);
    }

    /** This field with a hint shown beside it. */
    public FormField help(String zh, String en) {
        return new FormField(key, label, kind, required, choices, Bilingual.of(zh, en), min, max, maxLength, unit,
                shownWhen);
    }

    /** This number field, from {@code least} to {@code most} inclusive. */
    public FormField between(long least, long most) {
        return new FormField(key, label, kind, required, choices, help, BigDecimal.valueOf(least),
                BigDecimal.valueOf(most), maxLength, unit, shownWhen);
    }

    /** This number field, at least {@code least}. */
    public FormField atLeast(long least) {
        return new FormField(key, label, kind, required, choices, help, BigDecimal.valueOf(least), max, maxLength,
                unit, shownWhen);
    }

    /** This text field, at most {@code characters} long. */
    public FormField maxLength(int characters) {
        if (!kind.text()) {
            throw new IllegalArgumentException("field " + key + ": only a text field sets its own length");
        }
        return new FormField(key, label, kind, required, choices, help, min, max, characters, unit, shownWhen);
    }

    /** This number field, counted in the given unit (e.g. 万元 / 10,000 yuan). */
    public FormField unit(String zh, String en) {
        return new FormField(key, label, kind, required, choices, help, min, max, maxLength, Bilingual.of(zh, en),
                shownWhen);
    }

    /** This field, asked only when field {@code otherKey} has {@code value}. */
    public FormField shownWhen(String otherKey, String value) {
        return new FormField(key, label, kind, required, choices, help, min, max, maxLength, unit,
                new ShownWhen(otherKey, value));
    }

    /** Whether the applicant is asked this field, given the other facts. */
    public boolean shownBy(Map<String, String> facts) {
        return shownWhen == null || shownWhen.value().equals(facts.getOrDefault(shownWhen.key(), "").strip());
    }

    /**
     * The problem with this value of the field, worded from its label, if it is not as declared; an empty value
     * ("" for none) is a problem only for a required field.
     */
    public Optional<Problem> check(String value) {
        String given = value == null ? "" : value.strip();
        if (given.isEmpty()) {
            return required ? Optional.of(Problem.required(key, label.zh(), label.en())) : Optional.empty();
        }
        if (given.length() > maxLength) {
            return problem("不能超过" + maxLength + "个字符", " must be at most " + maxLength + " characters");
        }
        return switch (kind) {
            case TEXT, LONG_TEXT -> Optional.empty();
            case INTEGER -> INTEGER.matcher(given).matches() ? inRange(new BigDecimal(given))
                    : problem("须为整数", " must be a whole number");
            case NUMBER, MONEY -> DECIMAL.matcher(given).matches() ? inRange(new BigDecimal(given))
                    : problem("须为数字（如 12.5）", " must be a number (e.g. 12.5)");
            case DATE -> date(given);
            case CHOICE -> choices.stream().anyMatch(choice -> choice.value().equals(given)) ? Optional.empty()
                    : problem("须为以下之一：" + choiceLabels(Bilingual::zh, "、"),
                            " must be one of: " + choiceLabels(Bilingual::en, ", "));
            case YES_NO -> given.equals("true") || given.equals("false") ? Optional.empty()
                    : problem("须为“是”或“否”", " must be yes or no");
            case ID_NUMBER -> IdentityNumbers.isValidIdCard(given.toUpperCase()) ? Optional.empty()
                    : problem("不是有效的公民身份号码（18位，地区码、出生日期和校验位须正确）",
                            " is not a valid citizen ID number (18 characters, real region, birth date and check)");
            case CREDIT_CODE -> IdentityNumbers.isValidCreditCode(given.toUpperCase()) ? Optional.empty()
                    : problem("不是有效的统一社会信用代码（18位，登记管理部门、机构类别、组织机构代码和校验位须正确）",
                            " is not a valid unified social credit code");
            case PHONE -> IdentityNumbers.isValidPhone(given) ? Optional.empty()
                    : problem("须为11位手机号或带区号的固定电话", " must be a mobile or a fixed-line number with area code");
        };
    }

    private Optional<Problem> date(String given) {
        try {
            if (DATE.matcher(given).matches()) {
                LocalDate.parse(given);
                return Optional.empty();
            }
        } catch (DateTimeParseException e) {
            // reported below, like a date in another format
        }
        return problem("须为YYYY-MM-DD格式的有效日期（如2025-06-30）", " must be a valid date (YYYY-MM-DD)");
    }

    private Optional<Problem> inRange(BigDecimal number) {
        boolean tooSmall = min != null && number.compareTo(min) < 0;
        boolean tooLarge = max != null && number.compareTo(max) > 0;
        if (!tooSmall && !tooLarge) {
            return Optional.empty();
        }
        String zhUnit = unit == null ? "" : unit.zh();
        String enUnit = unit == null ? "" : " " + unit.en();
        if (min != null && max != null) {
            return problem("须在" + min.toPlainString() + "至" + max.toPlainString() + zhUnit + "之间",
                    " must be from " + min.toPlainString() + " to " + max.toPlainString() + enUnit);
        }
        return min != null ? problem("不能小于" + min.toPlainString() + zhUnit,
                " must be at least " + min.toPlainString() + enUnit)
                : problem("不能大于" + max.toPlainString() + zhUnit, " must be at most " + max.toPlainString() + enUnit);
    }

    private String choiceLabels(Function<Bilingual, String> language, String separator) {
        return choices.stream().map(choice -> language.apply(choice.label())).collect(Collectors.joining(separator));
    }

    private Optional<Problem> problem(String zh, String en) {
        return Optional.of(new Problem(key, Bilingual.of(label.zh() + zh, label.en() + en)));
    }
}

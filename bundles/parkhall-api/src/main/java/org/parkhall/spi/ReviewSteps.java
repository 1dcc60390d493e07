package org.parkhall.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The review steps an item needs beyond one approver's decision, declared by its handler
 * ({@link ItemHandler#reviewSteps()}) and kept by the hall with the item, so they hold while the handler is away.
 *
 * @param countersigningDepartments the other departments that must countersign (会签) before the decision, by code
 * @param secondSignOff             whether the department's lead must sign off (复核签发) before the decision
 * @param extension                 how far the time limit may be extended, and by what law
 * @param specialProcedures         the special procedures the item may need, which stop the clock until ended
 * @param specialProcedureBasis     the law that keeps their time out of the limit; required when any is declared
 */
public record ReviewSteps(List<String> countersigningDepartments, boolean secondSignOff, Extension extension,
        Set<SpecialProcedure> specialProcedures, Bilingual specialProcedureBasis) {

    /** One approver decides, within the time limit, with no special procedure: an item of SPI 1.3 and before. */
    public static final ReviewSteps NONE = new ReviewSteps(List.of(), false, Extension.NONE, Set.of(), null);

    /** 行政许可法第四十五条, the usual basis of a licence's special procedures. */
    public static final Bilingual LICENSING_SPECIAL_PROCEDURES = Bilingual.of("《中华人民共和国行政许可法》第四十五条",
            "Administrative Licensing Law of the PRC, article 45");

    private static final Pattern DEPARTMENT = Pattern.compile("[a-z][a-z0-9]{1,15}");
    private static final int MOST_EXTENSION_DAYS = 60;

    /**
     * An extension of the time limit the law allows, e.g. 行政许可法第四十二条: ten working days with the approval of
     * the head of the authority.
     *
     * @param maxDays    the working days the limit may be extended by in all; zero for none
     * @param legalBasis the law that allows it; null exactly when {@code maxDays} is zero
     */
    public record Extension(int maxDays, Bilingual legalBasis) {
        public static final Extension NONE = new Extension(0, null);

        public Extension {
            if (maxDays < 0 || maxDays > MOST_EXTENSION_DAYS) {
                throw new IllegalArgumentException("an extension is 0 to " + MOST_EXTENSION_DAYS
                        + " working days: " + maxDays);
            }
            if ((maxDays > 0) != (legalBasis != null)) {
                throw new IllegalArgumentException("an extension names its legal basis, and only an extension does");
            }
        }

        public boolean allowed() {
            return maxDays > 0;
        }
    }

    public ReviewSteps {
        countersigningDepartments = Checks.list(countersigningDepartments, "countersigning departments");
        for (String department : countersigningDepartments) {
            if (!DEPARTMENT.matcher(department).matches()) {
                throw new IllegalArgumentException("not a department code: " + department);
            }
        }
        if (countersigningDepartments.stream().distinct().count() != countersigningDepartments.size()) {
            throw new IllegalArgumentException("a department countersigns once: " + countersigningDepartments);
        }
        if (extension == null) {
            throw new IllegalArgumentException("the extension is required (Extension.NONE for none)");
        }
        specialProcedures = Checks.set(specialProcedures, "special procedures");
        specialProcedures = specialProcedures.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(specialProcedures));
        if (specialProcedures.isEmpty() != (specialProcedureBasis == null)) {
            throw new IllegalArgumentException("special procedures name their legal basis, and only they do");
        }
    }

    /** These steps, with {@code departments} countersigning too. */
    public ReviewSteps countersignedBy(String... departments) {
        List<String> all = new ArrayList<>(countersigningDepartments);
        all.addAll(List.of(departments));
        return new ReviewSteps(all, secondSignOff, extension, specialProcedures, specialProcedureBasis);
    }

    /** These steps, with the lead's second sign-off before the decision. */
    public ReviewSteps signedOffByLead() {
        return new ReviewSteps(countersigningDepartments, true, extension, specialProcedures, specialProcedureBasis);
    }

    /** These steps, with the time limit extendable by up to {@code days} working days under {@code legalBasis}. */
    public ReviewSteps extendableBy(int days, Bilingual legalBasis) {
        return new ReviewSteps(countersigningDepartments, secondSignOff, new Extension(days, legalBasis),
                specialProcedures, specialProcedureBasis);
    }

    /** These steps, with {@code procedures} possible under {@code legalBasis}. */
    public ReviewSteps withSpecialProcedures(Bilingual legalBasis, SpecialProcedure... procedures) {
        Set<SpecialProcedure> all = EnumSet.noneOf(SpecialProcedure.class);
        all.addAll(specialProcedures);
        all.addAll(List.of(procedures));
        return new ReviewSteps(countersigningDepartments, secondSignOff, extension, all, legalBasis);
    }
}

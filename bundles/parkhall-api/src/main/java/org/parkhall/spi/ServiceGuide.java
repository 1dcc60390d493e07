package org.parkhall.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The public service guide of an item (办事指南): what the applicant must meet and bring, the form the applicant
 * fills in, the steps, fees, how the result is delivered, and where and when it is handled. An empty {@code fees}
 * list means the item is free (不收费).
 *
 * @param fields the item's form (申请表) in the order it is filled in: the facts the handler reads; empty for a
 *               department of SPI 1.1, whose facts the hall then takes as they come
 * @param en     the English of the texts, each empty where none was given (read as the Chinese)
 */
public record ServiceGuide(
        List<String> conditions,
        List<Material> materials,
        List<String> steps,
        List<Fee> fees,
        List<String> legalBasis,
        Set<DeliveryMode> deliveryModes,
        String location,
        String hours,
        String consultationPhone,
        List<FormField> fields,
        English en) {

    /**
     * The English of a guide's texts: each list empty or one English text per Chinese one; each text empty where
     * none was given. Empty reads as the Chinese (as for departments of SPI 1.1).
     */
    public record English(List<String> conditions, List<String> steps, List<String> legalBasis, String location,
            String hours, String consultationPhone) {
        public static final English NONE = new English(List.of(), List.of(), List.of(), "", "", "");

        public English {
            conditions = Checks.list(conditions, "English conditions");
            steps = Checks.list(steps, "English steps");
            legalBasis = Checks.list(legalBasis, "English legal basis");
            location = Checks.orEmpty(location);
            hours = Checks.orEmpty(hours);
            consultationPhone = Checks.orEmpty(consultationPhone);
        }
    }

    public ServiceGuide {
        conditions = Checks.list(conditions, "conditions");
        materials = Checks.list(materials, "materials");
        steps = Checks.list(steps, "steps");
        fees = Checks.list(fees, "fees");
        legalBasis = Checks.list(legalBasis, "legal basis");
        deliveryModes = Checks.set(deliveryModes, "delivery modes");
        if (deliveryModes.isEmpty()) {
            throw new IllegalArgumentException("a guide names at least one delivery mode");
        }
        // In the order of the enum, so every face offers them in the same order (and the first as the default).
        deliveryModes = Collections.unmodifiableSet(EnumSet.copyOf(deliveryModes));
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a guide names at least one step");
        }
        if (legalBasis.isEmpty()) {
            throw new IllegalArgumentException("a guide names its legal basis");
        }
        long distinctCodes = materials.stream().map(Material::code).distinct().count();
        if (distinctCodes != materials.size()) {
            throw new IllegalArgumentException("material codes must be unique within a guide");
        }
        location = Checks.notBlank(location, "location");
        // Empty: the hall's own opening hours apply (SPI 1.3); the catalog fills them in (withHallHours).
        hours = Checks.orEmpty(hours);
        consultationPhone = Checks.notBlank(consultationPhone, "consultation phone");
        fields = Checks.list(fields, "fields");
        checkForm(fields);
        // A guide stored before SPI 1.2 has no English; it reads as the Chinese.
        English given = en == null ? English.NONE : en;
        en = new English(Checks.english(conditions, given.conditions(), "conditions"),
                Checks.english(steps, given.steps(), "steps"),
                Checks.english(legalBasis, given.legalBasis(), "legal basis"), given.location(), given.hours(),
                given.consultationPhone());
    }

    /** The constructor of SPI 1.1: no form, Chinese only. */
    public ServiceGuide(List<String> conditions, List<Material> materials, List<String> steps, List<Fee> fees,
            List<String> legalBasis, Set<DeliveryMode> deliveryModes, String location, String hours,
            String consultationPhone) {
        this(conditions, materials, steps, fees, legalBasis, deliveryModes, location, hours, consultationPhone,
                List.of(), English.NONE);
    }

    /** Keys unique; a field shown only when another has a value names a field declared before it, and a value. */
    private static void checkForm(List<FormField> fields) {
        List<String> keys = new ArrayList<>();
        for (FormField field : fields) {
            if (keys.contains(field.key())) {
                throw new IllegalArgumentException("form field keys must be unique within a guide: " + field.key());
            }
            FormField.ShownWhen shownWhen = field.shownWhen();
            if (shownWhen != null && !keys.contains(shownWhen.key())) {
                throw new IllegalArgumentException("field " + field.key() + " is shown when " + shownWhen.key()
                        + ", which is not a field declared before it");
            }
            keys.add(field.key());
        }
    }

    /** This guide with its form: the fields in the order the applicant fills them in. */
    public ServiceGuide withFields(FormField... form) {
        return new ServiceGuide(conditions, materials, steps, fees, legalBasis, deliveryModes, location, hours,
                consultationPhone, List.of(form), en);
    }

    /** Whether the guide leaves its hours to the hall's opening hours (SPI 1.3). */
    public boolean keepsHallHours() {
        return hours.isEmpty();
    }

    /** This guide with the hall's opening hours, where it leaves its hours to the hall; else as it is. */
    public ServiceGuide withHallHours(Bilingual hallHours) {
        if (!keepsHallHours()) {
            return this;
        }
        return new ServiceGuide(conditions, materials, steps, fees, legalBasis, deliveryModes, location,
                hallHours.zh(), consultationPhone, fields, new English(en.conditions(), en.steps(), en.legalBasis(),
                        en.location(), hallHours.en(), en.consultationPhone()));
    }

    /** The declared field with this key, if the form has one. */
    public Optional<FormField> field(String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst();
    }

    /**
     * One problem for each field of the form that the facts do not fill in as declared: required and left empty,
     * not of its kind, or out of its limits. A field shown only when another field has some value is not checked
     * while that field has another (the applicant was never asked). Facts the form does not declare are no
     * concern here.
     */
    public List<Problem> checkFacts(Map<String, String> facts) {
        List<Problem> problems = new ArrayList<>();
        for (FormField field : fields) {
            if (field.shownBy(facts)) {
                field.check(facts.getOrDefault(field.key(), "")).ifPresent(problems::add);
            }
        }
        return List.copyOf(problems);
    }

    /** Whether the form asks for this fact; a guide without a form (SPI 1.1) takes any fact. */
    public boolean declares(String key) {
        return fields.isEmpty() || field(key).isPresent();
    }

    /**
     * The review the hall gives on the handler's: a refusal stands; otherwise the handler's problems together with
     * those {@link #checkFacts} finds on fields the handler said nothing about, so the notice tells each field once
     * and every problem at once (一次性告知). They are told in the guide's order: the materials to bring, then who
     * applies and anything else, then the form's fields as it declares them.
     */
    public Review withFormChecks(Review review, Map<String, String> facts) {
        if (review.outcome() == Review.Outcome.REFUSE) {
            return review;
        }
        Set<String> told = review.problems().stream().map(Problem::subject).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>(review.problems());
        checkFacts(facts).stream().filter(problem -> !told.contains(problem.subject())).forEach(problems::add);
        List<String> keys = fields.stream().map(FormField::key).toList();
        Set<String> codes = materials.stream().map(Material::code).collect(Collectors.toSet());
        // Materials rank 0, other subjects 1, fields 2 and on in their order; the sort is stable, so the
        // handler's own order stands among materials and among other subjects.
        problems.sort(Comparator.comparingInt(problem -> codes.contains(problem.subject()) ? 0
                : 2 + keys.indexOf(problem.subject())));
        return Review.of(problems);
    }

    /**
     * One problem for each material this application needs but did not present: every always-required material,
     * and each conditional one for which {@code conditionApplies} holds.
     */
    public List<Problem> missingMaterials(Application application, Predicate<Material> conditionApplies) {
        return materials.stream()
                .filter(material -> material.alwaysRequired() || conditionApplies.test(material))
                .filter(material -> !application.presented(material.code()))
                .map(Problem::missing)
                .toList();
    }

    public boolean free() {
        return fees.isEmpty();
    }

    public List<Bilingual> conditionTexts() {
        return Checks.bilingual(conditions, en.conditions());
    }

    public List<Bilingual> stepTexts() {
        return Checks.bilingual(steps, en.steps());
    }

    public List<Bilingual> legalBasisTexts() {
        return Checks.bilingual(legalBasis, en.legalBasis());
    }

    public Bilingual locationText() {
        return Checks.bilingual(location, en.location());
    }

    /** The hours; for a guide left to the hall's hours and not yet given them, a pointer to those. */
    public Bilingual hoursText() {
        if (keepsHallHours()) {
            return Bilingual.of("按分中心办公时间", "the hall's opening hours");
        }
        return Checks.bilingual(hours, en.hours());
    }

    public Bilingual consultationPhoneText() {
        return Checks.bilingual(consultationPhone, en.consultationPhone());
    }
}

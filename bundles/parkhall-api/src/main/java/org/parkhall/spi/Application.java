package org.parkhall.spi;

import java.util.Map;
import java.util.Set;

/**
 * An application (申请) as a handler reviews it.
 *
 * @param itemCode  the item applied for
 * @param applicant who applies
 * @param presented codes of the materials the applicant presented (see {@link Material#code()})
 * @param facts     what the applicant declared on the form, by field name (e.g. {@code registeredCapital})
 */
public record Application(String itemCode, Applicant applicant, Set<String> presented, Map<String, String> facts) {
    public Application {
        itemCode = Checks.notBlank(itemCode, "item code");
        if (applicant == null) {
            throw new IllegalArgumentException("applicant is required");
        }
        presented = Checks.set(presented, "presented materials");
        facts = Checks.map(facts, "facts");
    }

    public boolean presented(String materialCode) {
        return presented.contains(materialCode);
    }

    public String fact(String name) {
        return facts.getOrDefault(name, "");
    }

    /** A yes/no fact of the form: true only when declared {@code "true"} (e.g. {@code byAgent} 委托代理). */
    public boolean flag(String name) {
        return Boolean.parseBoolean(fact(name));
    }
}

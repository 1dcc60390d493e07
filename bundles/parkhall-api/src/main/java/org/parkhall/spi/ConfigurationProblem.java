package org.parkhall.spi;

/**
 * One configuration value the hall refused: the key, the value as written, and the rule it breaks.
 *
 * @param key   the property's name
 * @param value the value as it arrived (empty when missing)
 * @param rule  what the value must be, in both languages
 */
public record ConfigurationProblem(String key, String value, Bilingual rule) {
    public ConfigurationProblem {
        key = Checks.notBlank(key, "key");
        value = Checks.orEmpty(value);
        if (rule == null) {
            throw new IllegalArgumentException("rule must not be null");
        }
    }

    /** The problem as one log fragment: {@code key = "value": rule}. */
    @Override
    public String toString() {
        return key + " = \"" + value + "\": " + rule.en() + " / " + rule.zh();
    }
}

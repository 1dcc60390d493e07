package org.parkhall.spi;

import java.math.BigDecimal;

/**
 * A fee charged for an item (收费标准), with the legal basis that allows it.
 *
 * @param name   what is charged for
 * @param yuan   amount in yuan, zero or more
 * @param basis  the regulation or price document that sets it
 * @param en     the English of name and basis, each empty where none was given (read as the Chinese)
 */
public record Fee(String name, BigDecimal yuan, String basis, English en) {
    /** The English of a fee's texts; an empty one reads as the Chinese (as for departments of SPI 1.1). */
    public record English(String name, String basis) {
        public static final English NONE = new English("", "");

        public English {
            name = Checks.orEmpty(name);
            basis = Checks.orEmpty(basis);
        }
    }

    public Fee {
        name = Checks.notBlank(name, "fee name");
        if (yuan == null || yuan.signum() < 0) {
            throw new IllegalArgumentException("fee amount must be zero or more: " + name);
        }
        basis = Checks.notBlank(basis, "fee legal basis");
        en = en == null ? English.NONE : en;
    }

    /** The constructor of SPI 1.1, in Chinese only. */
    public Fee(String name, BigDecimal yuan, String basis) {
        this(name, yuan, basis, English.NONE);
    }

    /** A fee named, and its basis given, in both languages. */
    public static Fee of(Bilingual name, BigDecimal yuan, Bilingual basis) {
        return new Fee(name.zh(), yuan, basis.zh(), new English(name.en(), basis.en()));
    }

    public Bilingual nameText() {
        return Checks.bilingual(name, en.name());
    }

    public Bilingual basisText() {
        return Checks.bilingual(basis, en.basis());
    }
}

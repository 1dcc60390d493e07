package org.parkhall.spi;

import java.math.BigDecimal;

/**
 * A fee charged for an item (收费标准), with the legal basis that allows it.
 *
 * @param name   what is charged for
 * @param yuan   amount in yuan, zero or more
 * @param basis  the regulation or price document that sets it
 */
public record Fee(String name, BigDecimal yuan, String basis) {
    public Fee {
        name = Checks.notBlank(name, "fee name");
        if (yuan == null || yuan.signum() < 0) {
            throw new IllegalArgumentException("fee amount must be zero or more: " + name);
        }
        basis = Checks.notBlank(basis, "fee legal basis");
    }
}

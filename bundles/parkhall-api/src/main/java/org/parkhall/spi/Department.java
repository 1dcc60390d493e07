package org.parkhall.spi;

import java.util.regex.Pattern;

/** A department stationed in the hall (进驻部门), e.g. {@code amr} 市场监督管理局. */
public record Department(String code, Bilingual name) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]{1,15}");

    public Department {
        code = Checks.notBlank(code, "department code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("department code must be 2-16 lower-case letters or digits: " + code);
        }
        if (name == null) {
            throw new IllegalArgumentException("department name is required");
        }
    }
}

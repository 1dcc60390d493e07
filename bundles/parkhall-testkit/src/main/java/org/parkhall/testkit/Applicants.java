package org.parkhall.testkit;

import org.parkhall.spi.Applicant;
import org.parkhall.spi.IdentityNumbers;

/** Valid applicants for tests: numbers with correct check characters, made-up names and phones. */
public final class Applicants {
    private Applicants() {
    }

    /** 张三, a natural person with a valid citizen ID number. */
    public static Applicant person() {
        return person("张三", "11010119900307451");
    }

    /** A natural person whose ID number is {@code first17} completed with its check character. */
    public static Applicant person(String name, String first17) {
        return new Applicant(Applicant.Kind.PERSON, idCard(first17), name, "13812345678");
    }

    /** An enterprise with a valid unified social credit code. */
    public static Applicant enterprise() {
        return enterprise("上海庙示范科技有限公司", "91350100M000100Y4");
    }

    /** An enterprise whose credit code is {@code first17} completed with its check character. */
    public static Applicant enterprise(String name, String first17) {
        return new Applicant(Applicant.Kind.ENTERPRISE, creditCode(first17), name, "04777612345");
    }

    public static String idCard(String first17) {
        return first17 + IdentityNumbers.idCardCheck(first17);
    }

    public static String creditCode(String first17) {
        return first17 + IdentityNumbers.creditCodeCheck(first17);
    }
}

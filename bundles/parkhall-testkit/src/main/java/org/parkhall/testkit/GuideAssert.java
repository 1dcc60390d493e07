package org.parkhall.testkit;

import java.util.ArrayList;
import java.util.List;

import org.parkhall.spi.Bilingual;
import org.parkhall.spi.Fee;
import org.parkhall.spi.FormField;
import org.parkhall.spi.Material;
import org.parkhall.spi.ServiceGuide;
import org.parkhall.spi.ServiceItem;

/** Assertions on an item's guide, as the public guide page and the English console show it. */
public final class GuideAssert {
    private GuideAssert() {
    }

    /**
     * Every text of the item a person reads has English of its own, not the Chinese shown in its place: the name;
     * each condition, step and legal basis; each material's name, condition, template and notes; each fee;
     * location, hours (unless left to the hall's) and phone; each field's label, choices, help and unit. All that is missing is listed at once.
     */
    public static void assertEnglish(ServiceItem item) {
        List<String> missing = new ArrayList<>();
        ServiceGuide guide = item.guide();
        english("name", item.name().en(), missing);
        texts("condition", guide.conditions(), guide.en().conditions(), missing);
        texts("step", guide.steps(), guide.en().steps(), missing);
        texts("legal basis", guide.legalBasis(), guide.en().legalBasis(), missing);
        english("location", guide.en().location(), missing);
        optional("hours", guide.hours(), guide.en().hours(), missing);
        english("consultation phone", guide.en().consultationPhone(), missing);
        for (Material material : guide.materials()) {
            String code = material.code();
            english(code + " name", material.en().name(), missing);
            optional(code + " condition", material.condition(), material.en().condition(), missing);
            optional(code + " template", material.template(), material.en().template(), missing);
            optional(code + " notes", material.notes(), material.en().notes(), missing);
        }
        for (Fee fee : guide.fees()) {
            english("fee " + fee.name(), fee.en().name(), missing);
            english("basis of fee " + fee.name(), fee.en().basis(), missing);
        }
        for (FormField field : guide.fields()) {
            String key = field.key();
            english(key + " label", field.label().en(), missing);
            field.choices().forEach(choice -> english(key + " choice " + choice.value(), choice.label().en(),
                    missing));
            bilingual(key + " help", field.help(), missing);
            bilingual(key + " unit", field.unit(), missing);
        }
        if (!missing.isEmpty()) {
            throw new AssertionError(item.code() + " lacks English for: " + String.join("; ", missing));
        }
    }

    /** A list's English is none at all or one text per Chinese one (the guide refuses anything else). */
    private static void texts(String what, List<String> zh, List<String> en, List<String> missing) {
        for (int i = 0; i < zh.size(); i++) {
            english(what + " " + (i + 1), en.isEmpty() ? "" : en.get(i), missing);
        }
    }

    private static void optional(String what, String zh, String en, List<String> missing) {
        if (!zh.isEmpty()) {
            english(what, en, missing);
        }
    }

    private static void bilingual(String what, Bilingual text, List<String> missing) {
        if (text != null) {
            english(what, text.en(), missing);
        }
    }

    /**
     * English may quote Chinese (a company name must end in 有限公司), but English that begins in Chinese is the
     * Chinese text put in its place.
     */
    private static void english(String what, String en, List<String> missing) {
        if (en.isBlank()) {
            missing.add(what);
        } else if (en.codePoints().filter(Character::isLetter).limit(1)
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            missing.add(what + " (Chinese for English: " + en + ")");
        }
    }
}

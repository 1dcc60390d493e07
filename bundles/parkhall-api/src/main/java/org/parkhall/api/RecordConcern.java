package org.parkhall.api;

import org.parkhall.spi.Bilingual;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;

/**
 * What a complaint is about: a staff member, a counter, a department or an item, named by {@code reference} (the
 * staff member's user name, the counter's number, the department's or item's code).
 *
 * @since 3.2
 */
public record RecordConcern(Target target, String reference) {
    public static final TextField REFERENCE = TextField.line("concerns.reference", "投诉对象", "what it is about", 100);

    public enum Target {
        STAFF(Bilingual.of("工作人员", "staff member")),
        COUNTER(Bilingual.of("窗口", "counter")),
        DEPARTMENT(Bilingual.of("部门", "department")),
        ITEM(Bilingual.of("事项", "item"));

        private final Bilingual title;

        Target(Bilingual title) {
            this.title = title;
        }

        public Bilingual title() {
            return title;
        }
    }

    public RecordConcern {
        if (target == null) {
            throw new InvalidInputException("concerns.target", "请选择投诉对象类别（工作人员、窗口、部门或事项）",
                    "choose what the complaint is about (STAFF, COUNTER, DEPARTMENT or ITEM)");
        }
        reference = REFERENCE.required(reference);
    }
}

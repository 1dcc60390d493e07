package org.parkhall.api;

import java.time.LocalDate;

/** An extension of a case's time limit (延长办理期限), granted by the department's lead (since 3.2). */
public record TimeExtension(int days, String reason, LocalDate dueBefore, LocalDate dueAfter, String grantedBy,
        LocalDate grantedOn) {
}

package org.parkhall.api;

import java.util.Map;
import java.util.Set;

import org.parkhall.spi.Applicant;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;

/**
 * An application taken at the window (综合一窗受理) or another channel. For a joint application (一件事),
 * {@code presented} names each material as {@code ITEM-CODE/material}, since several departments' guides share
 * material codes.
 */
public record IntakeRequest(String itemCode, Applicant applicant, Set<String> presented, Map<String, String> facts,
        DeliveryChoice delivery, String channel) {
    /** How the application came in (WINDOW when not said), as long as {@code case_file.channel} holds. */
    public static final TextField CHANNEL = TextField.line("channel", "受理渠道", "channel", 16);

    public IntakeRequest {
        if (itemCode == null || itemCode.isBlank()) {
            throw new InvalidInputException("itemCode", "请选择申请事项", "the item applied for is required");
        }
        itemCode = itemCode.strip();
        if (applicant == null) {
            throw new InvalidInputException("applicant", "请填写申请人信息", "the applicant is required");
        }
        if (delivery == null) {
            throw new InvalidInputException("delivery", "请选择送达方式", "choose a delivery mode");
        }
        presented = presented == null ? Set.of() : Set.copyOf(presented);
        facts = facts == null ? Map.of() : Map.copyOf(facts);
        String given = CHANNEL.check(channel);
        channel = given.isEmpty() ? "WINDOW" : given;
    }
}

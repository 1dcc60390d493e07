package org.parkhall.api;

import org.parkhall.spi.DeliveryMode;
import org.parkhall.spi.InvalidInputException;
import org.parkhall.spi.TextField;

/** How the applicant wants the result: at the window, by express (to an address), or electronically. */
public record DeliveryChoice(DeliveryMode mode, String address) {
    /** Where an express delivery goes, as long as {@code case_file.delivery_address} holds. */
    public static final TextField ADDRESS = TextField.line("delivery.address", "收件地址", "delivery address", 400);

    public DeliveryChoice {
        if (mode == null) {
            throw new InvalidInputException("delivery.mode", "请选择送达方式", "choose a delivery mode");
        }
        address = ADDRESS.check(address);
        if (mode == DeliveryMode.EXPRESS && address.length() < 6) {
            throw new InvalidInputException("delivery.address", "快递送达须填写详细收件地址",
                    "delivery by express needs the full address");
        }
    }
}

package org.parkhall.spi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type that sets {@value ItemHandler#ITEM_CODE}: annotate a handler component with
 * {@code @ItemCode("AMR-BL-01")}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ItemCode {
    String PREFIX_ = "parkhall.";

    /** The code of the item the handler serves. */
    String value();
}

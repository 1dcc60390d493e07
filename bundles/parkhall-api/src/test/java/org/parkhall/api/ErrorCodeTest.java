package org.parkhall.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import org.junit.Test;
import org.parkhall.spi.Bilingual;

public class ErrorCodeTest {
    @Test
    public void everyCodeIsFoundByItsWireString() {
        for (ErrorCode error : ErrorCode.values()) {
            assertSame(error, ErrorCode.of(error.code()));
        }
        assertEquals("handler_timeout", ErrorCode.HANDLER_TIMEOUT.code());
        assertEquals("illegal_action", ErrorCode.ILLEGAL_ACTION.code());
    }

    @Test
    public void anUnknownCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ErrorCode.of("Not_Found"));
        assertThrows(IllegalArgumentException.class, () -> ErrorCode.of("teapot"));
    }

    @Test
    @SuppressWarnings("deprecation")
    public void theReleasedStringConstructorNamesTheSameCode() {
        HallException refused = new HallException("item_unavailable", Bilingual.of("暂停受理", "temporarily unavailable"));
        assertSame(ErrorCode.ITEM_UNAVAILABLE, refused.error());
        assertEquals("item_unavailable", refused.code());
        assertEquals("item_unavailable: temporarily unavailable", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HallException("teapot", Bilingual.of("茶壶", "teapot")));
    }
}

package org.parkhall.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.Test;

public class MaterialTypeTest {

    @Test
    public void aFileIsKnownByHowItsContentBegins() {
        assertEquals(Optional.of(MaterialType.PDF), MaterialType.sniff("%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(MaterialType.JPEG), MaterialType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8,
                (byte) 0xFF, (byte) 0xE1, 0}));
        assertEquals(Optional.of(MaterialType.PNG), MaterialType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r',
                '\n', 0x1A, '\n', 0}));
    }

    @Test
    public void whatItIsCalledCountsForNothing() {
        assertTrue(MaterialType.sniff("<html><script>".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(MaterialType.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue("a PNG signature cut short", MaterialType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G'}).isEmpty());
        assertTrue("a bare signature with nothing after it", MaterialType.sniff("%PDF-".getBytes(StandardCharsets.US_ASCII))
                .isEmpty());
        assertTrue(MaterialType.sniff(new byte[0]).isEmpty());
    }
}

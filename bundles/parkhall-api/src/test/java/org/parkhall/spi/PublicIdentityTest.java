package org.parkhall.spi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

public class PublicIdentityTest {

    @Test
    public void thePersonAndTheEnterpriseTheyActForAreCheckedAsAtTheWindow() {
        PublicIdentity identity = new PublicIdentity("sub-1", "11010519491231002x", "王小明", "138-1234-5678",
                new PublicIdentity.Enterprise("91350100M000100Y43", "某某贸易有限公司"));
        assertEquals("11010519491231002X", identity.idNumber());
        assertEquals("13812345678", identity.phone());
        assertEquals("王小明 1101**********002X for 91350100M000100Y43", identity.toString());
    }

    @Test
    public void aNumberThatFailsItsCheckIsRefusedAsTheProvidersFault() {
        assertThrows(SignInRefused.class, () -> new PublicIdentity("sub-1", "110105194912310021", "王小明", "", null));
        assertThrows(SignInRefused.class, () -> new PublicIdentity("sub-1", "11010519491231002X", "王小明", "",
                new PublicIdentity.Enterprise("000000000000000000", "某某公司")));
        assertThrows(SignInRefused.class, () -> new PublicIdentity("", "11010519491231002X", "王小明", "", null));
    }

    @Test
    public void aPhoneTheHallCannotUseIsLeftToBeAskedWhenApplying() {
        assertEquals("", new PublicIdentity("sub-1", "11010519491231002X", "王小明", "12345", null).phone());
    }
}

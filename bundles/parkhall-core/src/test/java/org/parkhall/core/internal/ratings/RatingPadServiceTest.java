package org.parkhall.core.internal.ratings;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

import org.junit.Before;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.parkhall.api.HallException;
import org.parkhall.api.LedgerEvent;
import org.parkhall.api.PairingCode;
import org.parkhall.api.RatingPad;
import org.parkhall.api.SiteScope;
import org.parkhall.core.internal.floor.TestFloor;
import org.parkhall.core.internal.store.Database;
import org.parkhall.core.internal.store.InMemoryDerby;
import org.parkhall.core.internal.ledger.LedgerRecords;

public class RatingPadServiceTest {
    private final MovableClock clock = new MovableClock();
    private Database database;
    private RatingPadService pads;

    @Before
    public void openHall() throws SQLException {
        database = new Database(InMemoryDerby.fresh());
        pads = new RatingPadService(database, TestFloor.open(database, TestFloor.calendar(), 1, 2), clock);
    }

    @Test
    public void aCodePairsOneDeviceOnceAndPairingAgainReplacesTheOldPad() {
        PairingCode code = pairingCode(1);
        assertTrue(code.code(), code.code().matches("\\d{8}"));
        assertEquals(code.expiresAt(), pad(1).codeExpiresAt());
        String first = pads.pair(1, " " + code.code() + " ");
        assertEquals(OptionalInt.of(1), pads.counterOf(first));
        assertNotFound(() -> pads.pair(1, code.code()));
        assertTrue(pad(1).paired());
        assertNull("the code is spent", pad(1).codeExpiresAt());
        assertFalse(pad(2).paired());

        String second = pads.pair(1, pairingCode(1).code());
        assertEquals(OptionalInt.empty(), pads.counterOf(first));
        assertEquals(OptionalInt.of(1), pads.counterOf(second));
        assertEquals(OptionalInt.empty(), pads.counterOf(null));
        assertEquals(OptionalInt.empty(), pads.counterOf(""));

        List<LedgerEvent> ledger = database.read(connection -> LedgerRecords.recent(connection, 100, SiteScope.COUNTY));
        assertEquals(2, ledger.stream().filter(event -> event.action().equals("RATING_PAD_PAIRED")).count());
        assertTrue("the ledger never holds a code", ledger.stream().noneMatch(event -> event.data().contains(
                code.code())));
    }

    @Test
    public void fiveWrongCodesVoidTheCodeAndAnOldCodePairsNothing() {
        String code = pairingCode(1).code();
        String wrong = code.equals("00000000") ? "11111111" : "00000000";
        for (int i = 1; i < RatingPadService.WRONG_TRIES; i++) {
            assertNotFound(() -> pads.pair(1, wrong));
        }
        assertNotFound(() -> pads.pair(2, code));
        assertNotFound(() -> pads.pair(1, null));
        assertNotFound(() -> pads.pair(1, code));
        assertFalse(pad(1).paired());
        assertTrue(database.read(connection -> LedgerRecords.recent(connection, 100, SiteScope.COUNTY)).stream()
                .anyMatch(event -> event.action().equals("RATING_PAD_CODE_VOIDED")));

        String fresh = pairingCode(1).code();
        clock.moveOn(RatingPadService.CODE_VALIDITY.plus(Duration.ofSeconds(1)));
        assertNull(pad(1).codeExpiresAt());
        assertNotFound(() -> pads.pair(1, fresh));
    }

    @Test
    public void aNewCodeReplacesOneNotUsedAndUnpairingEndsThePad() {
        String replaced = pairingCode(1).code();
        String secret = pads.pair(1, pairingCode(1).code());
        assertNotFound(() -> pads.pair(1, replaced));
        assertEquals(OptionalInt.of(1), pads.counterOf(secret));

        assertFalse(pads.unpair(1, "zhou.admin").paired());
        assertEquals(OptionalInt.empty(), pads.counterOf(secret));
        assertEquals("illegal_action", assertThrows(HallException.class, () -> pads.unpair(1, "zhou.admin")).code());
        assertEquals("not_found", assertThrows(HallException.class, () -> pads.pairingCode(9, "zhou.admin")).code());
    }

    private PairingCode pairingCode(int counter) {
        return pads.pairingCode(counter, "zhou.admin");
    }

    private RatingPad pad(int counter) {
        return pads.pads().stream().filter(pad -> pad.counter() == counter).findFirst().orElseThrow();
    }

    private static void assertNotFound(ThrowingRunnable pairing) {
        assertEquals("not_found", assertThrows(HallException.class, pairing).code());
    }
}

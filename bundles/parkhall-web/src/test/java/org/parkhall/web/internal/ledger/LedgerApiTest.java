package org.parkhall.web.internal.ledger;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class LedgerApiTest {

    @Test
    public void cellsThatASpreadsheetWouldRunAsFormulasStayText() {
        assertEquals("'=HYPERLINK(\"http://x\")", LedgerApi.inert("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", LedgerApi.inert("+1"));
        assertEquals("'-2", LedgerApi.inert("-2"));
        assertEquals("'@SUM(A1)", LedgerApi.inert("@SUM(A1)"));
        assertEquals("zhou.admin", LedgerApi.inert("zhou.admin"));
        assertEquals("{\"note\":\"=1+1\"}", LedgerApi.inert("{\"note\":\"=1+1\"}"));
        assertEquals("", LedgerApi.inert(""));
    }
}

package org.parkhall.web.internal.ledger;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class LedgerServletTest {

    @Test
    public void cellsThatASpreadsheetWouldRunAsFormulasStayText() {
        assertEquals("'=HYPERLINK(\"http://x\")", LedgerServlet.inert("=HYPERLINK(\"http://x\")"));
        assertEquals("'+1", LedgerServlet.inert("+1"));
        assertEquals("'-2", LedgerServlet.inert("-2"));
        assertEquals("'@SUM(A1)", LedgerServlet.inert("@SUM(A1)"));
        assertEquals("zhou.admin", LedgerServlet.inert("zhou.admin"));
        assertEquals("{\"note\":\"=1+1\"}", LedgerServlet.inert("{\"note\":\"=1+1\"}"));
        assertEquals("", LedgerServlet.inert(""));
    }
}

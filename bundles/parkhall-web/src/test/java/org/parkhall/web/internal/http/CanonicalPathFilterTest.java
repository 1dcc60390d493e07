package org.parkhall.web.internal.http;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class CanonicalPathFilterTest {

    @Test
    public void aPlainPathIsServedAsSent() {
        assertTrue(CanonicalPathFilter.dispatchedAsSent("/api/v1/items/XYZ-ITEM-01", "/api/v1/items/XYZ-ITEM-01"));
        assertTrue(CanonicalPathFilter.dispatchedAsSent("/api/v1/items/", "/api/v1/items/"));
        assertTrue(CanonicalPathFilter.dispatchedAsSent("/guide/", "/guide/"));
        assertTrue(CanonicalPathFilter.dispatchedAsSent("/api/v1/staff/zhou.admin/roles",
                "/api/v1/staff/zhou.admin/roles"));
    }

    @Test
    public void encodedNonAsciiIsReadAsItsCharacters() {
        assertTrue(CanonicalPathFilter.dispatchedAsSent("/api/v1/staff/%E7%8E%8B/roles", "/api/v1/staff/王/roles"));
    }

    @Test
    public void everyWayOfWritingAnotherPathIsRefused() {
        String[][] tricks = {
            {"/api/v1/items/..%2Fstaff", "/api/v1/staff"},
            {"/api/v1/items/..%2fcases%2FPH1", "/api/v1/cases/PH1"},
            {"/api/v1/items/%2e%2e/staff", "/api/v1/staff"},
            {"/api/v1/items/../staff", "/api/v1/staff"},
            {"/api/v1/tickets/;x", "/api/v1/tickets/"},
            {"/api/v1/tickets;x", "/api/v1/tickets"},
            {"/api/v1/tickets/%2e", "/api/v1/tickets/"},
            {"/api/v1/tickets/.", "/api/v1/tickets/"},
            {"/api/v1//staff", "/api/v1/staff"},
            {"/api/v1/items/x%5C..%5Cstaff", "/api/v1/staff"},
            {"/api/v1/items/%41MR", "/api/v1/items/AMR"},
            {"/api/v1/items/%zz", "/api/v1/items/%zz"},
            {"/api/v1/items/%", "/api/v1/items/%"},
            {"/api/v1/items/%00", "/api/v1/items/\0"},
            {"/api/v1/items/%C0%AF", "/api/v1/items/"},
        };
        for (String[] trick : tricks) {
            assertFalse(trick[0], CanonicalPathFilter.dispatchedAsSent(trick[0], trick[1]));
        }
    }

    @Test
    public void aPathServedElsewhereThanSentIsRefused() {
        assertFalse(CanonicalPathFilter.dispatchedAsSent("/api/v1/items/x", "/api/v1/staff"));
    }
}

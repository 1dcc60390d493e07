package org.parkhall.identity.oidc.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.security.SecureRandom;

import org.junit.Test;

public class PkceTest {

    @Test
    public void challengeIsTheS256OfTheVerifierAsRfc7636AppendixBWorksIt() {
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                Pkce.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk").challenge());
    }

    @Test
    public void everySignInGetsAFreshVerifierOf256Bits() {
        SecureRandom random = new SecureRandom();
        Pkce one = Pkce.create(random);
        Pkce other = Pkce.create(random);
        assertEquals(43, one.verifier().length());
        assertNotEquals(one.verifier(), other.verifier());
        assertTrue(one.challenge().matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    public void aVerifierTooShortOrWithOtherCharactersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pkce.of("short"));
        assertThrows(IllegalArgumentException.class, () -> Pkce.of("a".repeat(42) + "+"));
    }
}

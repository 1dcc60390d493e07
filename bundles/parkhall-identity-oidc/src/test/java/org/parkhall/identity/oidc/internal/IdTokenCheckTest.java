package org.parkhall.identity.oidc.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.junit.Test;
import org.parkhall.spi.SignInRefused;

public class IdTokenCheckTest {
    private static final String ISSUER = "https://id.example.gov.cn/province";
    private static final String CLIENT = "parkhall";
    private static final String NONCE = "n-0S6_WzA2Mj";

    private final RSAKey key = generated("k1");
    private final AtomicInteger fetches = new AtomicInteger();
    private JWKSet published = new JWKSet(key.toPublicJWK());
    private final IdTokenCheck check = new IdTokenCheck(ISSUER, CLIENT, 60, () -> {
        fetches.incrementAndGet();
        return published;
    });

    @Test
    public void aTokenSignedByThePublishedKeyForThisClientWithTheNonceIsTaken() throws Exception {
        assertEquals("person-1", check.verify(token(key, claims().build()), NONCE).getSubject());
    }

    @Test
    public void anotherNonceIsRefused() throws Exception {
        assertRefused(token(key, claims().claim("nonce", "replayed").build()));
    }

    @Test
    public void anotherIssuerAnotherAudienceOrAnExpiredTokenIsRefused() throws Exception {
        assertRefused(token(key, claims().issuer("https://evil.example").build()));
        assertRefused(token(key, claims().audience("other-client").build()));
        assertRefused(token(key, claims().expirationTime(new Date(System.currentTimeMillis() - 600_000)).build()));
    }

    @Test
    public void aKeyThatIsNotPublishedOrASharedSecretIsRefused() throws Exception {
        assertRefused(token(generated("k1"), claims().build()));
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        hmac.sign(new MACSigner("a-secret-of-thirty-two-bytes-or-more!".getBytes()));
        assertRefused(hmac.serialize());
        assertRefused("not.a.token");
    }

    @Test
    public void aNewKeyIdReadsTheKeySetAgainOnce() throws Exception {
        check.verify(token(key, claims().build()), NONCE);
        RSAKey rotated = generated("k2");
        published = new JWKSet(rotated.toPublicJWK());
        assertEquals("person-1", check.verify(token(rotated, claims().build()), NONCE).getSubject());
        check.verify(token(rotated, claims().build()), NONCE);
        assertEquals(2, fetches.get());
    }

    private void assertRefused(String token) {
        assertThrows(SignInRefused.class, () -> check.verify(token, NONCE));
    }

    private static JWTClaimsSet.Builder claims() {
        Date now = new Date();
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("person-1").audience(CLIENT).claim("nonce", NONCE)
                .issueTime(now).expirationTime(new Date(now.getTime() + 300_000));
    }

    private static String token(RSAKey signer, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(),
                claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    private static RSAKey generated(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.parkhall.identity.oidc.internal;

import java.text.ParseException;
import java.util.Date;
import java.util.Set;
import java.util.function.Supplier;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import org.parkhall.spi.SignInRefused;

/**
 * Checks an ID token (OpenID Connect Core 3.1.3.7): signed with an asymmetric algorithm by a key of the
 * provider's JWKS (never {@code none}, never a shared secret), from the configured issuer, for this client,
 * unexpired, and carrying the nonce this sign-in sent. The key set is read once and again when a token names a
 * key it lacks (the provider rotated its keys).
 */
final class IdTokenCheck {
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
            JWSAlgorithm.ES512);

    private final String issuer;
    private final String clientId;
    private final int clockSkewSeconds;
    private final Supplier<JWKSet> fetchKeys;
    private volatile JWKSet keys;

    IdTokenCheck(String issuer, String clientId, int clockSkewSeconds, Supplier<JWKSet> fetchKeys) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clockSkewSeconds = clockSkewSeconds;
        this.fetchKeys = fetchKeys;
    }

    JWTClaimsSet verify(String idToken, String nonce) {
        try {
            String keyId = SignedJWT.parse(idToken).getHeader().getKeyID();
            JWKSet known = keys;
            if (known == null || keyId != null && known.getKeyByKeyId(keyId) == null) {
                known = fetched();
            }
            return process(idToken, nonce, known);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new SignInRefused("身份凭证校验未通过，请重新登录", "the ID token did not pass its checks; sign in again");
        }
    }

    private JWKSet fetched() {
        JWKSet fresh = fetchKeys.get();
        keys = fresh;
        return fresh;
    }

    private JWTClaimsSet process(String idToken, String nonce, JWKSet keySet)
            throws ParseException, BadJOSEException, JOSEException {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, new ImmutableJWKSet<>(keySet)));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(clientId,
                new JWTClaimsSet.Builder().issuer(issuer).claim("nonce", nonce).build(),
                Set.of("sub", "iat", "exp"));
        claims.setMaxClockSkew(clockSkewSeconds);
        processor.setJWTClaimsSetVerifier(claims);
        JWTClaimsSet verified = processor.process(idToken, null);
        Date issued = verified.getIssueTime();
        if (issued.getTime() > System.currentTimeMillis() + clockSkewSeconds * 1000L) {
            throw new BadJOSEException("issued in the future");
        }
        return verified;
    }
}

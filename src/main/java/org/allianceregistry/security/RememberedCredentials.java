package org.allianceregistry.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks an editor's password with bcrypt once, then remembers for a few minutes that
 * these exact credentials were right. HTTP Basic sends the password with every request,
 * and bcrypt is slow on purpose (about 50 ms of a core): under read load that check was
 * most of every write's time. Only a SHA-256 digest of name and password is kept, in
 * memory; wrong credentials are never remembered, so guessing still costs bcrypt and
 * meets the failed-login throttle.
 */
final class RememberedCredentials implements AuthenticationProvider {

    static final Duration REMEMBERED_FOR = Duration.ofMinutes(5);

    private final AuthenticationProvider checks;

    private final Cache<String, Authentication> verified;

    RememberedCredentials(AuthenticationProvider checks, Ticker ticker) {
        this.checks = checks;
        this.verified = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED_FOR)
            .maximumSize(1_000)
            .ticker(ticker)
            .build();
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken
                && authentication.getCredentials() instanceof String password)) {
            return checks.authenticate(authentication);
        }
        String key = digest(authentication.getName(), password);
        Authentication known = verified.getIfPresent(key);
        if (known != null) {
            return known;
        }
        Authentication checked = checks.authenticate(authentication);
        if (checked != null && checked.isAuthenticated()) {
            verified.put(key, checked);
        }
        return checked;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return checks.supports(authentication);
    }

    private static String digest(String name, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(password.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", impossible);
        }
    }

}

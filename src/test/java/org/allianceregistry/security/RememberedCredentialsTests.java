package org.allianceregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Right credentials are checked with bcrypt once in a while, wrong ones every time. */
class RememberedCredentialsTests {

    private final AtomicInteger checks = new AtomicInteger();

    private final AtomicLong nanos = new AtomicLong();

    private final RememberedCredentials credentials = new RememberedCredentials(new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication attempt) {
            checks.incrementAndGet();
            if (!"right".equals(attempt.getCredentials())) {
                throw new BadCredentialsException("wrong");
            }
            return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_EDITOR")));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }, nanos::get);

    @Test
    void theSameRightCredentialsAreCheckedOnceWhileRemembered() {
        Authentication first = credentials.authenticate(attempt("editor", "right"));
        Authentication again = credentials.authenticate(attempt("editor", "right"));

        assertThat(again).isSameAs(first);
        assertThat(again.isAuthenticated()).isTrue();
        assertThat(checks).hasValue(1);
    }

    @Test
    void wrongCredentialsAreCheckedEveryTime() {
        credentials.authenticate(attempt("editor", "right"));

        for (int i = 0; i < 3; i++) {
            assertThatExceptionOfType(BadCredentialsException.class)
                .isThrownBy(() -> credentials.authenticate(attempt("editor", "wrong")));
        }

        assertThat(checks).hasValue(4);
    }

    @Test
    void anotherNameWithTheSamePasswordIsCheckedOnItsOwn() {
        credentials.authenticate(attempt("editor", "right"));
        credentials.authenticate(attempt("other", "right"));

        assertThat(checks).hasValue(2);
    }

    @Test
    void rememberedCredentialsAreCheckedAgainAfterTheirTime() {
        credentials.authenticate(attempt("editor", "right"));

        nanos.addAndGet(RememberedCredentials.REMEMBERED_FOR.plus(Duration.ofSeconds(1)).toNanos());
        credentials.authenticate(attempt("editor", "right"));

        assertThat(checks).hasValue(2);
    }

    private static UsernamePasswordAuthenticationToken attempt(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

}
